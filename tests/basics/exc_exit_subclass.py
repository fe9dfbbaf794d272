# Raising a subclass of SystemExit with a custom code attribute value: the
# interpreter uses `.code`, which here is overwritten after construction, so
# the exit status is 7; the str() of the code is not printed for an int.
class Shutdown(SystemExit):
    def __init__(self, reason, status):
        super().__init__(status)
        self.reason = reason


try:
    raise Shutdown("test", 2)
except SystemExit as e:
    print(type(e).__name__, e.reason, e.code, e.args)

err = Shutdown("real", 1)
err.code = 7
print("raising with code", err.code, "args", err.args)
raise err

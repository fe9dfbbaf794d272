# An uncaught custom exception ends the program: its __str__ is used in the
# last traceback line, the qualified name of a nested class is not used
# (only the class name, with the module prefix omitted for __main__), and
# notes added with add_note are printed after the message.
class Outer:
    class InnerError(Exception):
        def __init__(self, code, detail):
            super().__init__(code, detail)
            self.code = code
            self.detail = detail

        def __str__(self):
            return f"[{self.code}] {self.detail}"


def check(value):
    if value > 2:
        err = Outer.InnerError(value, "value too large")
        err.add_note(f"while checking {value}")
        err.add_note("second note\nwith two lines")
        raise err
    return value


for v in range(5):
    print("checked", check(v))

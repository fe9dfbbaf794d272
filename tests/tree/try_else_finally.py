# try/except/else/finally: an indicator cleared by the handler guards the
# else body (so its exceptions are not caught); the finally body is copied
# into the exception path and runs after normal completion.
try:
    risky()
except ValueError:
    handle()
else:
    success()
finally:
    cleanup()

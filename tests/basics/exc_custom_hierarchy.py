# Custom exception hierarchies: __init__ with extra attributes, __str__ and
# __repr__ overrides, args handling (none, one, several, changed later),
# except clauses catching by base class, multiple inheritance with builtin
# exceptions, and exceptions carrying data through several frames.
class AppError(Exception):
    """Base of the application's errors."""


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"


class MissingKey(ConfigError, KeyError):
    pass


class Retryable(AppError):
    def __init__(self, attempts):
        self.attempts = attempts  # no super().__init__: args come from __new__

    def __repr__(self):
        return f"Retryable<{self.attempts}>"


class Quiet(AppError):
    def __str__(self):
        return ""


class CodedError(AppError):
    code = 100

    def __init__(self, *args, code=None):
        super().__init__(*args)
        if code is not None:
            self.code = code


errors = [
    AppError(),
    AppError("one"),
    AppError("two", 2),
    ConfigError("port", "not a number"),
    MissingKey("host", "absent"),
    Retryable(3),
    Quiet("hidden"),
    CodedError("x"),
    CodedError("y", code=7),
]
for err in errors:
    print(type(err).__name__, repr(str(err)), repr(err), err.args)

print([cls.__name__ for cls in MissingKey.__mro__])
print(issubclass(MissingKey, LookupError), isinstance(MissingKey("a", "b"), KeyError))


def classify(exc):
    try:
        raise exc
    except MissingKey as e:
        return f"missing: {e.key}"
    except ConfigError as e:
        return f"config: {e}"
    except KeyError as e:
        return f"plain key: {e}"
    except (Retryable, Quiet) as e:
        return f"retry/quiet: {e!r}"
    except AppError as e:
        return f"app: {e} code={getattr(e, 'code', None)}"
    except Exception as e:
        return f"other: {type(e).__name__}"


for exc in errors + [KeyError("k"), ValueError("v")]:
    print(classify(exc))

# args can be reassigned; str follows args for plain exceptions
e = AppError("first")
e.args = ("changed", 5)
print(str(e), repr(e))
e.args = ["list", "becomes", "tuple"]
print(e.args, type(e.args).__name__)
e.args = ()
print(repr(str(e)))

# KeyError str of one arg uses repr, of several args plain tuple
print(str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()), str(KeyError(42)))
print(str(MissingKey("k", "r")))


# exceptions carrying data through frames
class ValidationError(AppError):
    def __init__(self, field, errors):
        super().__init__(field)
        self.field = field
        self.errors = list(errors)


def validate(record):
    problems = [name for name, value in record.items() if value is None]
    if problems:
        raise ValidationError(record.get("id"), problems)
    return True


def process(records):
    results = []
    for record in records:
        try:
            results.append(validate(record))
        except ValidationError as ve:
            results.append((ve.field, ve.errors))
    return results


print(process([{"id": 1, "a": 2}, {"id": 2, "a": None, "b": None}, {"id": None}]))

# instances are distinct; attributes added dynamically
one = AppError("same")
two = AppError("same")
print(one == two, one.args == two.args)
one.extra = "dynamic"
print(one.extra, hasattr(two, "extra"))

# BaseException subclass is not caught by except Exception
class Fatal(BaseException):
    pass


try:
    try:
        raise Fatal("stop")
    except Exception:
        print("wrong handler")
except BaseException as b:
    print("caught at BaseException:", type(b).__name__, b)

# raising a non-exception
for bad in (3, "str", object):
    try:
        raise bad
    except TypeError as t:
        print("TypeError:", t)

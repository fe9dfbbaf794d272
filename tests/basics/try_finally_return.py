# try/finally and return: finally runs on return, a return in finally
# overrides the try's return and swallows an exception, the returned value
# is computed before finally runs, nested finally blocks run inner first.
log = []


def returns_in_try():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def value_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        log.append(f"x set to {x} in finally")


def nested():
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


def except_return():
    try:
        raise KeyError("k")
    except KeyError:
        return "from handler"
    finally:
        log.append("finally after handler return")


def exception_in_finally():
    try:
        return "never"
    finally:
        raise RuntimeError("raised in finally")


def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            log.append(f"loop finally {i}")
    return None


print(returns_in_try(), log)
print(finally_overrides(), finally_swallows())
log.clear()
print(value_before_finally(), log)
log.clear()
print(nested(), log)
log.clear()
print(except_return(), log)
try:
    exception_in_finally()
except RuntimeError as e:
    print("caught", e, e.__context__)
log.clear()
print(loop_return(), log)


def generator_of_values():
    results = []
    for mode in ("ok", "raise"):
        try:
            try:
                if mode == "raise":
                    raise ValueError(mode)
                results.append("body " + mode)
            finally:
                results.append("cleanup " + mode)
        except ValueError as e:
            results.append("handled " + str(e))
    return results


print(generator_of_values())

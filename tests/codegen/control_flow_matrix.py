# Every combination of exits (none, break, continue, return, raise) from the
# try, except and finally blocks of a statement inside a loop, with the
# exception being handled visible in each block.
import sys

ACTIONS = ["none", "break", "continue", "return", "raise"]

def act(action, log, where):
    log.append(where + ":" + action + ":" + repr(sys.exc_info()[1]))
    if action == "raise":
        raise ValueError(where)
    return action

def run(a_try, a_except, a_finally):
    log = []
    try:
        for i in range(2):
            log.append("iteration %d" % i)
            try:
                r = act(a_try, log, "try")
                if r == "break":
                    break
                if r == "continue":
                    continue
                if r == "return":
                    return log + ["returned from try"]
                if i == 0:
                    raise KeyError(i)
            except (KeyError, ValueError) as error:
                log.append("caught " + repr(error))
                r = act(a_except, log, "except")
                if r == "break":
                    break
                if r == "continue":
                    continue
                if r == "return":
                    return log + ["returned from except"]
            else:
                log.append("else")
            finally:
                r = act(a_finally, log, "finally")
                if r == "break":
                    break
                if r == "continue":
                    continue
                if r == "return":
                    return log + ["returned from finally"]
            log.append("after try")
        else:
            log.append("loop else")
    except ValueError as error:
        log.append("escaped " + repr(error) + " context " + repr(error.__context__))
    log.append("after loop " + repr(sys.exc_info()[1]))
    return log

for a in ACTIONS:
    for b in ACTIONS:
        for c in ACTIONS:
            print(a, b, c, "|", " / ".join(run(a, b, c)))

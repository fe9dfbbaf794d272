# try/finally inside a loop inside a function, with every combination of
# what the try body does (fall through, return, break, continue, raise) and
# what the finally block does (the same five). Each function records the
# order of events and what finally came out: a return value, or the
# exception that escaped. Also a variant with an except clause in between.


def outcome(fn):
    log_holder = []
    try:
        result = fn(log_holder)
        return f"returned {result}"
    except ValueError as e:
        return f"raised {e} (context {e.__context__!r}) log {log_holder}"


def try_fall_finally_fall(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try fall')
        finally:
            log.append('finally fall')
        log.append('after')
    return log + ['end']

def try_fall_finally_return(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try fall')
        finally:
            log.append('finally return')
            return log
        log.append('after')
    return log + ['end']

def try_fall_finally_break(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try fall')
        finally:
            log.append('finally break')
            break
        log.append('after')
    return log + ['end']

def try_fall_finally_continue(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try fall')
        finally:
            log.append('finally continue')
            continue
        log.append('after')
    return log + ['end']

def try_fall_finally_raise(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try fall')
        finally:
            log.append('finally raise')
            raise ValueError('finally')
        log.append('after')
    return log + ['end']

def try_return_finally_fall(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try return')
            return log
        finally:
            log.append('finally fall')
        log.append('after')
    return log + ['end']

def try_return_finally_return(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try return')
            return log
        finally:
            log.append('finally return')
            return log
        log.append('after')
    return log + ['end']

def try_return_finally_break(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try return')
            return log
        finally:
            log.append('finally break')
            break
        log.append('after')
    return log + ['end']

def try_return_finally_continue(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try return')
            return log
        finally:
            log.append('finally continue')
            continue
        log.append('after')
    return log + ['end']

def try_return_finally_raise(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try return')
            return log
        finally:
            log.append('finally raise')
            raise ValueError('finally')
        log.append('after')
    return log + ['end']

def try_break_finally_fall(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try break')
            break
        finally:
            log.append('finally fall')
        log.append('after')
    return log + ['end']

def try_break_finally_return(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try break')
            break
        finally:
            log.append('finally return')
            return log
        log.append('after')
    return log + ['end']

def try_break_finally_break(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try break')
            break
        finally:
            log.append('finally break')
            break
        log.append('after')
    return log + ['end']

def try_break_finally_continue(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try break')
            break
        finally:
            log.append('finally continue')
            continue
        log.append('after')
    return log + ['end']

def try_break_finally_raise(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try break')
            break
        finally:
            log.append('finally raise')
            raise ValueError('finally')
        log.append('after')
    return log + ['end']

def try_continue_finally_fall(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try continue')
            continue
        finally:
            log.append('finally fall')
        log.append('after')
    return log + ['end']

def try_continue_finally_return(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try continue')
            continue
        finally:
            log.append('finally return')
            return log
        log.append('after')
    return log + ['end']

def try_continue_finally_break(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try continue')
            continue
        finally:
            log.append('finally break')
            break
        log.append('after')
    return log + ['end']

def try_continue_finally_continue(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try continue')
            continue
        finally:
            log.append('finally continue')
            continue
        log.append('after')
    return log + ['end']

def try_continue_finally_raise(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try continue')
            continue
        finally:
            log.append('finally raise')
            raise ValueError('finally')
        log.append('after')
    return log + ['end']

def try_raise_finally_fall(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try raise')
            raise ValueError('try')
        finally:
            log.append('finally fall')
        log.append('after')
    return log + ['end']

def try_raise_finally_return(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try raise')
            raise ValueError('try')
        finally:
            log.append('finally return')
            return log
        log.append('after')
    return log + ['end']

def try_raise_finally_break(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try raise')
            raise ValueError('try')
        finally:
            log.append('finally break')
            break
        log.append('after')
    return log + ['end']

def try_raise_finally_continue(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try raise')
            raise ValueError('try')
        finally:
            log.append('finally continue')
            continue
        log.append('after')
    return log + ['end']

def try_raise_finally_raise(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try raise')
            raise ValueError('try')
        finally:
            log.append('finally raise')
            raise ValueError('finally')
        log.append('after')
    return log + ['end']


for fn in [try_fall_finally_fall,
           try_fall_finally_return,
           try_fall_finally_break,
           try_fall_finally_continue,
           try_fall_finally_raise,
           try_return_finally_fall,
           try_return_finally_return,
           try_return_finally_break,
           try_return_finally_continue,
           try_return_finally_raise,
           try_break_finally_fall,
           try_break_finally_return,
           try_break_finally_break,
           try_break_finally_continue,
           try_break_finally_raise,
           try_continue_finally_fall,
           try_continue_finally_return,
           try_continue_finally_break,
           try_continue_finally_continue,
           try_continue_finally_raise,
           try_raise_finally_fall,
           try_raise_finally_return,
           try_raise_finally_break,
           try_raise_finally_continue,
           try_raise_finally_raise]:
    print(fn.__name__, '->', outcome(fn))


def try_fall_except_finally(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try fall')
        except ValueError:
            log.append('handler')
            continue
        else:
            log.append('else')
        finally:
            log.append('finally')
    return log + ['end']


def try_return_except_finally(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try return')
            return log
        except ValueError:
            log.append('handler')
            continue
        else:
            log.append('else')
        finally:
            log.append('finally')
    return log + ['end']


def try_break_except_finally(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try break')
            break
        except ValueError:
            log.append('handler')
            continue
        else:
            log.append('else')
        finally:
            log.append('finally')
    return log + ['end']


def try_continue_except_finally(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try continue')
            continue
        except ValueError:
            log.append('handler')
            continue
        else:
            log.append('else')
        finally:
            log.append('finally')
    return log + ['end']


def try_raise_except_finally(log):
    for i in range(2):
        log.append(i)
        try:
            log.append('try raise')
            raise ValueError('try')
        except ValueError:
            log.append('handler')
            continue
        else:
            log.append('else')
        finally:
            log.append('finally')
    return log + ['end']


for fn in [try_fall_except_finally, try_return_except_finally, try_break_except_finally, try_continue_except_finally, try_raise_except_finally]:
    print(fn.__name__, '->', outcome(fn))

# Mutual recursion: is_even/is_odd, a recursive-descent expression parser
# with mutually recursive rules, Hofstadter female/male sequences, and
# mutually recursive functions defined inside another function (closures
# referring to each other).
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_odd(101), is_even(200))


def female(n):
    return 1 if n == 0 else n - male(female(n - 1))


def male(n):
    return 0 if n == 0 else n - female(male(n - 1))


print([female(n) for n in range(15)])
print([male(n) for n in range(15)])


def parse(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = take()
            value = value + term() if op == "+" else value - term()
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            op = take()
            value = value * factor() if op == "*" else value // factor()
        return value

    def factor():
        tok = take()
        if tok == "(":
            value = expr()
            if take() != ")":
                raise SyntaxError("expected )")
            return value
        if tok == "-":
            return -factor()
        return int(tok)
    return expr()


for source in ["1 + 2 * 3", "(1 + 2) * 3", "- ( 4 - 10 ) / 2", "((((7))))", "2 * (3 + (4 - 1) * 2)"]:
    print(source, "=", parse(source))
for bad in ["(1 + 2", "1 +"]:
    try:
        parse(bad)
    except (SyntaxError, IndexError) as e:
        print(repr(bad), "->", type(e).__name__, e)


def collatz_steps():
    def even_step(n, steps):
        return steps if n == 1 else dispatch(n // 2, steps + 1)

    def odd_step(n, steps):
        return steps if n == 1 else dispatch(3 * n + 1, steps + 1)

    def dispatch(n, steps):
        return even_step(n, steps) if n % 2 == 0 else odd_step(n, steps)
    return {n: dispatch(n, 0) for n in (1, 6, 7, 27)}


print(collatz_steps())


def ping(n, log):
    log.append(f"ping{n}")
    if n > 0:
        pong(n - 1, log)


def pong(n, log):
    log.append(f"pong{n}")
    if n > 0:
        ping(n - 1, log)


log = []
ping(5, log)
print(log)

# if/elif/else chains: first true branch wins, later conditions not
# evaluated, conditions with side effects, truthiness of many types,
# nested ifs, single-line ifs, if without else, elif-only chains falling
# through, conditions that raise, and returns from inside branches.
log = []


def cond(name, value):
    log.append(name)
    return value


def classify(n):
    if cond("neg", n < 0):
        r = "negative"
    elif cond("zero", n == 0):
        r = "zero"
    elif cond("small", n < 10):
        r = "small"
    elif cond("medium", n < 100):
        r = "medium"
    else:
        r = "large"
    out = (r, list(log))
    log.clear()
    return out


for n in (-3, 0, 4, 42, 1000):
    print(n, classify(n))
for value in (0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1), b"", 0j):
    if value:
        verdict = "truthy"
    else:
        verdict = "falsy"
    print(repr(value), verdict)


def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


print(" ".join(fizz(i) for i in range(1, 16)))


def nested(a, b):
    if a:
        if b:
            return "both"
        else:
            return "a only"
    elif b:
        return "b only"
    else:
        return "neither"


print([nested(a, b) for a in (0, 1) for b in (0, 1)])
x = 5
if x > 3: print("single line if")
if x > 10: print("never")
elif x > 4: print("single line elif")
result = None
if x == 1:
    result = "one"
elif x == 2:
    result = "two"
print("fell through:", result)
try:
    if x > 3 and cond("ok", True) and {}["missing"]:
        print("never")
except KeyError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    if cond("first", False):
        pass
    elif 1 / 0:
        pass
    elif cond("third", True):
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e, log)
log.clear()


class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        print("  __bool__", self.t)
        return self.t


if Truth(False):
    print("no")
elif Truth(True):
    print("elif taken")
else:
    print("no")
if not Truth(False):
    print("not taken")
items = []
if items:
    print("has items")
elif items is not None:
    print("empty but present")
grade = 73
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
elif grade >= 60:
    letter = "D"
else:
    letter = "F"
print(letter)
if (n := len("hello")) > 3:
    print("walrus in if", n)

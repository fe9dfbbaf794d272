# match OR patterns (alternatives binding the same names), AS patterns
# (on literals, sequences, classes, nested), guards (evaluated only after
# the pattern matched, side effects, bindings kept even when the guard
# fails), nested combinations, and the SyntaxErrors for inconsistent
# OR-bindings and irrefutable patterns not last.
log = []


def guard(label, value):
    log.append(label)
    return value


def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"move {direction}"
        case ["go", _]:
            return "bad direction"
        case ["take" | "get", item] | [item, "please"]:
            return f"take {item}"
        case ["drop", *items] if items:
            return f"drop {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit") as word] | ["bye" as word, _]:
            return f"leave via {word}"
        case ([] as empty):
            return f"empty {empty}"
        case other:
            return f"unknown {other}"


for cmd in ("go north", "go up", "take lamp", "get key", "sword please", "drop a b", "drop", "quit", "exit",
            "bye now", "", "dance wildly"):
    print(repr(cmd), "->", classify(cmd))


def numbers(n):
    match n:
        case 0 | 1 | 2 as small if guard(f"small {small}", True):
            return f"small {small}"
        case int(x) | float(x) if guard(f"num {x}", x < 0):
            return f"negative {x}"
        case (int() | float()) as num if guard(f"big? {num}", num > 100):
            return f"big {num}"
        case int() | float():
            return "ordinary number"
        case [int() | str() as a, (int() | str()) as b] as pair:
            return f"pair {a} {b} {pair}"
        case _:
            return "something else"


for n in (1, -5, -2.5, 500, 50, [1, "x"], ["a", 2.5], "text"):
    print(n, "->", numbers(n), log)
    log.clear()
match (1, 2):
    case (x, y) if x > y:
        print("never")
    case _:
        print("guard failed but x, y still bound:", x, y)
value = 10
match value:
    case n if n > 5 and guard("second", True) and n < 20:
        print("compound guard", n, log)
log.clear()
match {"kind": "user", "roles": ["admin", "dev"]}:
    case {"kind": "user" | "member" as kind, "roles": ["admin" | "root" as role, *_]}:
        print(kind, role)
match [1, [2, 3]]:
    case [1 as one, [2, 3] as inner] as whole:
        print(one, inner, whole, inner is whole[1])
for src in ("match x:\n    case a | b: pass", "match x:\n    case [a] | [b]: pass", "match x:\n    case y:\n        pass\n    case 1: pass",
            "match x:\n    case _ | 1: pass", "match x:\n    case 1 as _: pass", "match x:\n    case [a, a]: pass"):
    try:
        compile(src, "<m>", "exec")
        print("compiled fine")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

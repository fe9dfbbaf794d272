# json: dumps of every basic type (tuples become lists, non-str keys
# converted, NaN/Infinity, ensure_ascii), indent/sort_keys/separators,
# default= for unsupported objects, errors for circular references and bad
# keys, loads of valid documents (object_pairs_hook, parse_float,
# duplicates keep the last), JSONDecodeError positions and messages, and a
# round trip through a file in the current directory.
import json
from decimal import Decimal

value = {"name": "Zoë", "tags": ("a", "b"), "n": 1, "f": 2.5, "none": None, "t": True, "nested": {"k": [1, {}]}}
print(json.dumps(value))
print(json.dumps(value, ensure_ascii=False))
print(json.dumps(value, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.dumps("line\nbreak\t\"q\" \\ \u0001 é"))
print(json.dumps(10 ** 30), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps("\U0001F600"))
for bad in (lambda: json.dumps({(1, 2): "tuple key"}), lambda: json.dumps({1, 2}), lambda: json.dumps(b"x"),
            lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(Decimal("1.5"))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError", e)


def encode_extra(obj):
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, Decimal):
        return str(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


print(json.dumps({"s": {3, 1, 2}, "d": Decimal("0.10")}, default=encode_extra))
try:
    json.dumps(object(), default=encode_extra)
except TypeError as e:
    print("TypeError", e)


class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return super().default(obj)


print(json.dumps({"c": 1 + 2j}, cls=Encoder))

docs = ['{"a": 1, "b": [true, false, null], "c": 1.5e2, "d": "\\u00e9\\n"}', "[]", '"just a string"', "42",
        "-0", "1E400", "NaN", "  [1 , 2 ]  ", '{"dup": 1, "dup": 2}', '"\\ud83d\\ude00"']
for doc in docs:
    result = json.loads(doc)
    print(repr(result), type(result).__name__)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads("[1.10, 2]", parse_float=Decimal),
      json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("[5]", parse_int=str))
print(json.loads(b'{"bytes": "ok"}'), json.loads('{"k":"v"}'.encode("utf-16")))
bad_docs = ["", "{", '{"a" 1}', "[1, 2,]", "{'single': 1}", "[1] x", "tru", '"unterminated', '{"a": 1,}',
            "01", '"\\x"', "[\n  1,\n  oops\n]"]
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| line", e.lineno, "col", e.colno, "pos", e.pos, "|", str(e))
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)

with open("data.json", "w", encoding="utf-8") as f:
    json.dump(value, f, indent=1, ensure_ascii=False)
with open("data.json", encoding="utf-8") as f:
    loaded = json.load(f)
print(loaded == value, loaded["tags"], loaded == json.loads(json.dumps(value)))

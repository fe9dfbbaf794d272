# raise SystemExit with various payloads; the last one, uncaught, exits with
# status 42. No import needed.
for payload in (None, 0, 5, "text", (1, 2)):
    try:
        raise SystemExit(payload)
    except SystemExit as e:
        print("code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)


def leave():
    try:
        raise SystemExit(42)
    finally:
        print("finally on the way out")


print("leaving")
leave()

# Mapping patterns: MATCH_MAPPING, len >= number of keys, the values of all
# keys fetched at once (MATCH_KEYS through get()), then sub-patterns on them.
# Extra keys are allowed; `{}` matches any mapping.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at %r,%r" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {}:
            return "some mapping"
    return "not a mapping"


print(handle({"type": "click", "x": 1, "y": 2, "extra": 0}))
print(handle({"type": "key", "key": "Q"}), handle({"type": "key"}), handle([]))

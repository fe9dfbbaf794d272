# `**rest` in a mapping pattern binds a new dict without the matched keys;
# `{**rest}` copies the whole mapping.
def options(config):
    match config:
        case {"name": name, **rest}:
            return name, rest
        case {**rest}:
            return None, rest


print(options({"name": "n", "a": 1, "b": 2}), options({"a": 1}))

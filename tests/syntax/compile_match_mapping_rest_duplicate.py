# **rest repeats a captured name.
match config:
    case {"a": rest, **rest}:
        pass

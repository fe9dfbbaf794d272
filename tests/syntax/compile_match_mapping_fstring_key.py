# Mapping keys must be literals or attribute lookups.
match config:
    case {f"key": value}:
        pass

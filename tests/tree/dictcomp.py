# A dict comprehension sets result[key] = value, the key evaluated first.
d = {k: v * 2 for k, v in pairs.items()}

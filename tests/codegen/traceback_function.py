# Tracebacks through nested compiled functions, with carets and chaining.
def level3(data):
    return data["key"] + 1
def level2(data):
    value = level3(data)
    return value
def level1():
    try:
        return level2({"key": "text"})
    except TypeError as error:
        raise ValueError("converted") from error
level1()

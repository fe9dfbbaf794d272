# break, continue and return inside with: __exit__(None, None, None) runs
# before leaving (copied into a handler per exit kind).
def f(items):
    for item in items:
        with item as value:
            if value:
                break
            if value is None:
                continue
            return value

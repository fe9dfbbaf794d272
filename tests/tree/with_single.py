# with: __enter__ and __exit__ looked up on the manager's type (special
# lookup), __exit__ fetched before __enter__ is called; __exit__ called
# with the caught exception on error (re-raise unless it returns true),
# with None, None, None otherwise, exactly once.
with open_it() as f:
    f.read()

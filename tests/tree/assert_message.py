# assert becomes a conditional raise of the built-in AssertionError.
def check(value):
    assert value
    assert value > 0, f"bad {value}"

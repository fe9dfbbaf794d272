# An uncaught exception raised in a property getter called from __repr__,
# which is invoked by repr() inside print: the traceback shows the module
# line, then __repr__ and the property frame. Before that, an error from
# __add__ (called by the + operator) is caught.
class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    @property
    def amount(self):
        if self.currency is None:
            raise ValueError("currency not set")
        return self.cents / 100

    def __add__(self, other):
        if self.currency != other.currency:
            raise TypeError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __repr__(self):
        return f"Money({self.amount:.2f} {self.currency})"


a = Money(150, "EUR")
b = Money(275, "EUR")
print(a + b)
try:
    print(a + Money(1, "USD"))
except TypeError as e:
    print("caught", e)
wallet = [a, b, Money(5, None)]
try:
    total = wallet[0] + wallet[1] + wallet[2]
except TypeError as e:
    print("caught", e)
print(f"wallet: {wallet[0]!r} and {wallet[1]!r}")
print("last:", repr(wallet[2]))

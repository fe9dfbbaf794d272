# An uncaught exception raised inside a method called from a property: the
# traceback shows the method names and the lines of the class body.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

    @property
    def drained(self):
        return self.withdraw(self.balance + 1)


account = Account(10)
print(account.withdraw(3))
print(account.drained)

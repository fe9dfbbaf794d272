# Class decorators are evaluated before the bases and applied innermost
# first after the class is made; only then is the name bound.
@first
@second(arg)
class C(Base):
    pass

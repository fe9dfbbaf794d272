# An uncaught exception raised while a class body executes: the traceback
# has a frame named after the class. Earlier, errors in class bodies and in
# __init_subclass__/decorators are caught and the class names that were
# never bound are checked.
def register(cls):
    print("registering", cls.__name__)
    return cls


try:
    class Broken:
        x = 1
        y = x / 0
except ZeroDivisionError as e:
    print("caught in class body:", e)
print("Broken" in globals())


class Base:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} lacks 'required'")
        super().__init_subclass__(**kwargs)


try:
    class Child(Base):
        pass
except TypeError as e:
    print("caught from __init_subclass__:", e)


@register
class Good(Base):
    required = True


class Settings:
    defaults = {"size": 3, "color": "red"}
    size = defaults["size"]
    names = [name.upper() for name in defaults]
    print("building Settings", size, names)
    color = defaults["colour"]
    print("not reached")

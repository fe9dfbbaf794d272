# Annotated assignments in a class body go to the class namespace's
# __annotations__ (looked up by name, as LOAD_NAME does); private names are
# mangled in the key.
class C:
    a: int
    b: str = "b"
    __secret: bytes = b""

# An error inside a class body: the traceback goes through the class frame.
class Config:
    name = "cfg"
    size = len(name) + undefined_value

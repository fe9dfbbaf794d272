# Bases (starred allowed) and keywords are evaluated first; the bases go
# through __mro_entries__ (resolve_bases), __orig_bases__ is set when they
# changed, and the keywords reach __prepare__ and the metaclass call.
class C(Base, *mixins, flag=True):
    pass

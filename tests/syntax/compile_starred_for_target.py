# A lone starred loop target.
for *rest in values:
    pass

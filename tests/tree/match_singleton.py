# None, True and False match by identity (`is`), not by equality: 1 and
# 0 do not match True and False.
def truth(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
    return "other %r" % (value,)


print(truth(None), truth(True), truth(False), truth(1), truth(0))

# break may not leave an except* clause.
def f():
    for x in y:
        try:
            pass
        except* ValueError:
            break

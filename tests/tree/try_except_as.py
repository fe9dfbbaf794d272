# except E as e: e is bound to the caught exception and deleted (tolerantly)
# however the handler is left; clauses are conditionals on exception match,
# the type evaluated only when reached; no match re-raises.
try:
    risky()
except (KeyError, IndexError) as e:
    print(e)
except ValueError:
    pass

# except*: the caught group is split clause by clause; each matching part is
# entered as the exception being handled (bound to the name, deleted after);
# exceptions raised by a clause body are collected and combined with the
# unhandled rest, which is re-raised at the end if anything is left.
try:
    risky()
except* ValueError as group:
    handle(group)
except* (TypeError, KeyError):
    raise
else:
    success()
finally:
    cleanup()

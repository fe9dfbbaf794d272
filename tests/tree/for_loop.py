# A plain for loop: iterator temporary, loop with next() in a try whose
# StopIteration handler breaks, the target assignment, the body; the
# iterator and value temporaries are released on every exit.
for x in items:
    print(x)

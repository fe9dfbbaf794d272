# with a, b: nests as with a: with b:; the second manager is evaluated
# inside the first's protected block. No target: the __enter__ result is
# dropped.
with first(), second() as s:
    use(s)

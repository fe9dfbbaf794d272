# A call is not an assignment target.
f() = 1

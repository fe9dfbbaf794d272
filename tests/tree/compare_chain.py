# A comparison chain is an outline: each middle operand is kept in a
# temporary, the first false result is returned early, and the temporaries
# are released on every way out.
r = a < b() > c
s = 0 <= x < 10

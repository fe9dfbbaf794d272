# a[i()] += 1: the object and the index are each evaluated once, in that
# order, into temporaries; then lookup, in-place add, store.
table[index()] += 1
grid[1:n] //= 2

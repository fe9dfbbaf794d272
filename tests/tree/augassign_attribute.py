# a.x += 1: the object is evaluated once into a temporary, used for the
# lookup and the store.
get().counter += 1

# Parts of an annotated subscript target are compiled one by one.
x[1, *rest]: int

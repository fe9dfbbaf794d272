# An assignment expression may not rebind the comprehension variable.
values = [(x := 1) for x in range(3)]

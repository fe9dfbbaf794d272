# Two list elements without a comma between them.
values = [1 2]

# Tabs and spaces mixed so that the indentation is ambiguous.
if x:
        y = 1
	z = 2

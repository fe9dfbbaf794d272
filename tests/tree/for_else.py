# for/else: an indicator is set when the iterator is exhausted; the else
# body runs after the loop if it is set.
for x in items:
    if x:
        break
else:
    print("no break")

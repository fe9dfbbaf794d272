# while loops become endless loops with a conditional break; the else branch
# runs only when the condition turns false.
i = 0
while i < 3:
    if i == 10:
        break
    i += 1
else:
    done = True

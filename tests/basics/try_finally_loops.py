# break and continue through try/finally (and try/except) inside loops:
# every finally runs exactly once per exit, in the right order, including
# nested loops and finally blocks that themselves continue or break.
events = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        events.append(f"body {i}")
    finally:
        events.append(f"finally {i}")
else:
    events.append("else not reached")
print(events)

events = []
i = 0
while i < 5:
    i += 1
    try:
        try:
            if i % 2:
                continue
            events.append(f"even {i}")
        finally:
            events.append(f"inner {i}")
    finally:
        events.append(f"outer {i}")
print(events)

events = []
for outer in range(3):
    for inner in range(3):
        try:
            if inner == 1:
                break
            events.append((outer, inner))
        finally:
            events.append("f")
print(events)

events = []
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 0:
            continue
        events.append(f"handled {e}")
        if i == 1:
            break
    finally:
        events.append(f"finally {i}")
print(events)


def break_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            break
    return out


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(f"body {i}")
        finally:
            out.append(f"finally {i}")
            continue
    return out


print(break_in_finally(), continue_in_finally())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        events.append(count)
print(count, events[-3:])

# break/continue/return passing through try/finally and with blocks in
# nested loops: finally runs on each exit; continue inside finally (allowed
# in 3.8+); break in finally swallowing an exception; return in finally
# overriding; exceptions in loops with else clauses; order of cleanup.
events = []


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append(f"enter {self.name}")
        return self

    def __exit__(self, *exc):
        events.append(f"exit {self.name}")
        return False


for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
            events.append(f"body {i}{j}")
        finally:
            events.append(f"finally {i}{j}")
    else:
        events.append("inner else")
print(events)
events.clear()
for i in range(4):
    try:
        if i % 2:
            continue
        events.append(f"even {i}")
    finally:
        events.append(f"fin {i}")
print(events)
events.clear()
for i in range(3):
    try:
        try:
            if i == 1:
                break
        finally:
            events.append(f"inner fin {i}")
    finally:
        events.append(f"outer fin {i}")
print(events)
events.clear()
for i in range(3):
    with Ctx(f"a{i}"), Ctx(f"b{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        events.append(f"work {i}")
print(events)
events.clear()
for i in range(5):
    try:
        if i == 2:
            raise ValueError(i)
    finally:
        if i == 2:
            events.append("break in finally swallows")
            break
print(events, i)
events.clear()
for i in range(4):
    try:
        raise KeyError(i)
    except KeyError:
        continue
    finally:
        events.append(f"fin {i}")
print(events)
events.clear()
for i in range(3):
    try:
        events.append(f"try {i}")
    finally:
        continue
print(events)


def return_through():
    for i in range(3):
        for j in range(3):
            try:
                if i == 1 and j == 2:
                    return (i, j)
            finally:
                events.append(f"f{i}{j}")
    return None


events.clear()
print(return_through(), events)


def finally_overrides():
    for i in range(3):
        try:
            return f"try {i}"
        finally:
            if i == 0:
                continue


print(finally_overrides())


def finally_return_wins():
    try:
        for i in range(3):
            if i == 1:
                return "from loop"
    finally:
        return "from finally"


print(finally_return_wins())
events.clear()
outer_done = False
i = 0
while not outer_done:
    try:
        while True:
            try:
                i += 1
                if i > 3:
                    outer_done = True
                    break
            finally:
                events.append(i)
    finally:
        events.append("outer")
print(events)
events.clear()
try:
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("escape")
        finally:
            events.append(f"cleanup {i}")
    else:
        events.append("never")
except RuntimeError as e:
    events.append(str(e))
print(events)

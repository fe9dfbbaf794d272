# del inside loops: deleting the loop variable each iteration (re-bound by
# the next iteration, unbound after an empty last step), deleting dict
# keys while iterating a snapshot (and the RuntimeError when iterating the
# dict itself), deleting list items backwards or via slice, deleting
# attributes in a loop, del of a name used in the loop condition, and
# del in while loops with try/except NameError.
for i in range(3):
    print("got", i)
    del i
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3, "d": 4}
for key in list(d):
    if d[key] % 2 == 0:
        del d[key]
print(d)
d = {"a": 1, "b": 2}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e, d)
s = {1, 2, 3}
try:
    for item in s:
        s.discard(item)
except RuntimeError as e:
    print(type(e).__name__, e)
nums = list(range(10))
for idx in range(len(nums) - 1, -1, -1):
    if nums[idx] % 3 == 0:
        del nums[idx]
print(nums)
nums = list(range(10))
for idx in range(len(nums)):
    if idx < len(nums) and nums[idx] % 2 == 0:
        del nums[idx]
print("forward deletion skips:", nums)
nums = list(range(10))
while nums:
    del nums[:3]
    print("left", nums)


class Bag:
    pass


bag = Bag()
for name in ("x", "y", "z"):
    setattr(bag, name, name.upper())
for name in list(vars(bag)):
    if name != "y":
        delattr(bag, name)
print(vars(bag))
bag.a = bag.b = 1
for attr in ("a", "b"):
    exec(f"del bag.{attr}")
print(vars(bag))


def while_with_del():
    flag = True
    steps = 0
    while True:
        try:
            if not flag:
                break
        except UnboundLocalError as e:
            return steps, f"{type(e).__name__}: {e}"
        steps += 1
        if steps == 3:
            del flag
    return steps, "broke"


print(while_with_del())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    del row[1]
print(matrix)
del matrix[::2]
print(matrix)
total = 0
for x in [1, 2, 3]:
    y = x * 2
    total += y
    del x, y
print(total, "x" in globals(), "y" in globals())


def local_loop():
    for v in range(2):
        w = v
        del w
    try:
        return w
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(local_loop())

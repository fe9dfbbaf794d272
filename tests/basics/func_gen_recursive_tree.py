# Recursive generators: pre/in/post-order walks of a binary tree with
# yield from, walking nested dicts yielding paths, permutations and
# combinations built recursively, a recursive generator closed or
# abandoned in the middle (finally blocks of every level run innermost
# first), and the depth of gi_yieldfrom chains.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))


def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)


def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)


def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value


print(list(preorder(tree)), list(inorder(tree)), list(postorder(tree)))


def with_depth(node, depth=0):
    if node:
        yield from with_depth(node.left, depth + 1)
        yield node.value, depth
        yield from with_depth(node.right, depth + 1)


print(list(with_depth(tree)))


def paths(obj, prefix=()):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield from paths(value, prefix + (index,))
    else:
        yield "/".join(map(str, prefix)), obj


config = {"db": {"host": "h", "ports": [1, 2]}, "debug": False, "users": [{"name": "a"}, {}]}
for path, value in paths(config):
    print(f"  {path} = {value!r}")


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest


def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail


print(["".join(p) for p in permutations("abc")], len(list(permutations(list(range(5))))))
print(list(combinations("abcd", 2)), list(combinations("ab", 3)))

log = []


def guarded(node, depth=0):
    try:
        if node:
            yield from guarded(node.left, depth + 1)
            yield node.value
            yield from guarded(node.right, depth + 1)
    finally:
        if node:
            log.append(node.value)


walker = guarded(tree)
print(next(walker), next(walker))
walker.close()
print("closed walk finalizers:", log)
log.clear()
walker = guarded(tree)
for v in walker:
    if v == 5:
        break
del walker
print("abandoned walk finalizers:", log)


def delegation_depth(gen):
    depth = 0
    while gen is not None and hasattr(gen, "gi_yieldfrom"):
        depth += 1
        gen = gen.gi_yieldfrom
    return depth


deep = inorder(tree)
print(next(deep), "chain depth:", delegation_depth(deep))


def countdown_tree(n):
    if n == 0:
        yield "leaf"
        return "leaf-done"
    left = yield from countdown_tree(n - 1)
    right = yield from countdown_tree(n - 1)
    return f"({left},{right})"


def capture(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return len(items), e.value


print(capture(countdown_tree(2)))


def deep_chain(n):
    if n:
        yield from deep_chain(n - 1)
    else:
        yield "bottom"


print(list(deep_chain(200)))


def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)


moves = list(hanoi(4))
print(len(moves), moves[:4])

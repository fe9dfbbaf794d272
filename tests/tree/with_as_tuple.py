# The with target may be any assignment target, here an unpacking; it is
# assigned inside the protected block, so errors there reach __exit__.
with manager() as (a, b):
    print(a, b)

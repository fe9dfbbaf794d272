# A class body starts outside any loop.
while True:
    class A:
        continue

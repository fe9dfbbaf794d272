# A function body starts outside any loop.
for x in range(3):
    def f():
        break

# An uncaught error many frames deep: functions, a method, a static method,
# a closure and a call through functools.partial (a frame in the standard
# library is not involved); every frame line has its 3.11 caret markers
# where the failing expression is only part of the line.
import functools


class Table:
    def __init__(self, rows):
        self.rows = rows

    def cell(self, r, c):
        return self.rows[r][c]

    @staticmethod
    def scale(value, factor):
        return value * factor + Table.offset(value)

    @staticmethod
    def offset(value):
        return len(str(value)) // (value if isinstance(value, int) else 0)


def make_reader(table):
    def read(r, c):
        result = Table.scale(table.cell(r, c), 2)
        return result
    return read


def total(reader, coords):
    acc = 0
    for r, c in coords:
        acc = acc + reader(r, c) if isinstance(acc, int) else acc
    return acc


reader = make_reader(Table([[1, 2], [3, "text"]]))
partial_total = functools.partial(total, reader)
print(partial_total([(0, 0), (1, 0)]))
print(partial_total([(0, 1), (1, 1)]))

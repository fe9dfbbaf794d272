# Tracebacks with 3.11's caret ranges: an error inside a sub-expression of a
# longer line, and one in a call spread over several lines.
def divide(numerator, denominator):
    return numerator / denominator


def compute(values):
    scale = 2
    return values[0] * scale + divide(values[1],
                                      values[2]) - values[3]


print(compute([1, 4, 2, 5]))
print(compute([1, 4, 0, 5]))

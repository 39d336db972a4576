# An uncaught IndexError from indexing a tuple[T, ...] past its end (CPython's text).
def last_three(xs: list[int]) -> tuple[int, ...]:
    return tuple(xs[-3:])


window = last_three([4, 8])
print(window, window[-2], window[1])
print(window[2])

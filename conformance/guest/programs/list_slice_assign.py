# Slice assignment and deletion on lists: xs[a:b] = ys growing, shrinking and inserting (a == b),
# negative and omitted bounds, the list assigned into itself, extended slices (ValueError on a
# length mismatch, with CPython's message), and del xs[a:b:s] with positive and negative steps.


def show(label: str, xs: list[int]) -> None:
    print(label, xs, len(xs))


xs = list(range(10))
xs[1:3] = [100, 200, 300]
show("grow", xs)
xs[2:6] = [7]
show("shrink", xs)
xs[4:4] = [-1, -2]
show("insert", xs)
xs[-2:] = []
show("tail", xs)
xs[:0] = [42]
show("front", xs)
xs[:] = xs + xs
show("self", xs)
xs[5:2] = [9]
show("empty range", xs)
xs[::2] = [0] * len(xs[::2])
show("extended", xs)
xs[::-3] = list(range(len(xs[::-3])))
show("backwards", xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    xs[::0] = []
except ValueError as e:
    print("ValueError:", e)
for start, stop, step in [(0, 10, 3), (-1, 0, -2), (2, 8, 1), (8, 2, -3), (0, 0, 1), (-100, 100, 4)]:
    ys = list(range(12))
    del ys[start:stop:step]
    zs = list(range(12))
    zs[start:stop:step] = [-k for k in zs[start:stop:step]]
    print(start, stop, step, ys, zs)
names = ["a", "b", "c", "d"]
del names[1:3]
names[1:1] = ["x", "y"]
del names[:]
print(names)
queue = [1, 2, 3, 4, 5]
print(queue.pop(0), queue.pop(-1), queue.pop(1), queue)
try:
    queue.pop(7)
except IndexError as e:
    print("IndexError:", e)
empty: list[int] = []
try:
    empty.pop(0)
except IndexError as e:
    print("IndexError:", e)

# Binary search, bisect-style insertion and a search returning (found, index) tuples.


def search(xs: list[int], target: int) -> tuple[bool, int]:
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(xs) and xs[lo] == target, lo


def insort(xs: list[int], v: int) -> None:
    found, at = search(xs, v)
    xs.insert(at, v)


data: list[int] = []
for v in [50, 10, 40, 20, 30, 10, 60, 0]:
    insort(data, v)
print(data)
for t in [0, 10, 35, 60, 99]:
    found, at = search(data, t)
    print(t, found, at, data[:at], data[at:])

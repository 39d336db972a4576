# Allocates well over 1 GB of short-lived objects in total (strings, lists, dicts, tuples and
# instances) while keeping little alive; it must run within a 64 MiB memory cap (GcMemoryTest sets it).


class Cell:
    value: int
    label: str

    def __init__(self, value: int, label: str) -> None:
        self.value = value
        self.label = label


def churn(round: int) -> int:
    cells: list[Cell] = []
    for i in range(40):
        cells.append(Cell(i, "cell-" + str(i) + "-" + str(round)))
    counts: dict[str, int] = {}
    for c in cells:
        key = c.label[:6]
        counts[key] = counts.get(key, 0) + c.value
    chunk = "x" * 100000 + str(round)
    half = chunk[50000:]
    pairs = [(w, len(w)) for w in (half[:50] + " a b c").split()]
    return len(cells) + len(counts) + len(chunk) + len(half) + len(pairs)


# 8000 rounds of about 255 KB each (two 100 KB strings, a 50 KB slice, small objects): 2 GB in total
total = 0
for r in range(8000):
    total += churn(r)
print("total", total)

# @export functions over list[int] (list<s64>) and list[float] (list<f64>).


@export
def total(xs: list[int]) -> int:
    n = 0
    for x in xs:
        n += x
    return n


@export
def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


@export
def doubled(xs: list[int]) -> list[int]:
    xs.append(0)
    return [2 * x for x in xs]


@export
def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


@export
def sorted_desc(xs: list[float]) -> list[float]:
    return sorted(xs, reverse=True)


@export
def empty() -> list[int]:
    return []

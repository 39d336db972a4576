# @export functions over tuples, dicts (WIT list<tuple<K, V>>), int | None, nested lists and options, and
# parameters that flatten to more than 16 core values (passed in memory).


@export
def swap(pair: tuple[int, str]) -> tuple[str, int]:
    return (pair[1], pair[0])


@export
def counts(words: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out


@export
def total(prices: dict[str, int]) -> int:
    n = 0
    for k in prices:
        n += prices[k]
    return n


@export
def invert(d: dict[int, str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k in d:
        if d[k] not in out:
            out[d[k]] = []
        out[d[k]].append(k)
    return out


@export
def half(n: int) -> int | None:
    if n % 2 == 1:
        return None
    return n // 2


@export
def add_all(xs: list[int | None], default: float | None) -> float:
    d = 0.0 if default is None else default
    return sum([float(x) if x is not None else d for x in xs])


@export
def nested(xs: list[list[int]], flags: list[bool]) -> list[tuple[int, bool]]:
    out: list[tuple[int, bool]] = []
    for i in range(len(xs)):
        out.append((sum(xs[i]), flags[i] if i < len(flags) else False))
    return out


@export
def words(lines: list[str]) -> list[list[str]]:
    return [line.split() for line in lines]


@export
def pick(options: list[str | None], fallback: bool | None) -> tuple[list[str], bool]:
    return ([o for o in options if o is not None], fallback is not None and fallback)


@export
def concat9(a: str, b: str, c: str, d: str, e: str, f: str, g: str, h: str, i: str) -> str:
    return a + b + c + d + e + f + g + h + i


@export
def count(words: list[str]) -> int:
    return len(words)

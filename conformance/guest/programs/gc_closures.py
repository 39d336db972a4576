from typing import Callable


class Boom(Exception):
    payload: list[str]

    def __init__(self, n: int) -> None:
        super().__init__("boom " + str(n))
        self.payload = [str(n) * 10 for _ in range(5)]


def make(n: int) -> Callable[[str], str]:
    words = [str(i) * 3 for i in range(n % 7 + 1)]

    def f(s: str) -> str:
        return s + "".join(words)
    return f


kept: list[Callable[[str], str]] = []
total = 0
for i in range(60000):
    f = make(i)
    if i % 1000 == 0:
        kept.append(f)
    try:
        if i % 5 == 0:
            raise Boom(i)
        total += len(f("x"))
    except Boom as e:
        total += len(e.payload[4]) + len(str(e))
    s: set[str] = {str(i), str(i + 1)}
    s.discard(str(i))
    total += len(s)
print(total, len(kept), kept[3]("y"), kept[59]("z")[:10])

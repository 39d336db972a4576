from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Task:
    name: str
    cost: int
    parent: Optional["Task"] = None


class Budget:
    left: int
    spent: list[str]

    def __init__(self, left: int) -> None:
        self.left = left
        self.spent = []

    def __enter__(self) -> "Budget":
        return self

    def __exit__(self, t: object, e: BaseException | None, tb: object) -> bool:
        if e is not None:
            self.spent.append("rollback:" + str(e))
            return True
        return False

    def pay(self, t: Task) -> None:
        if t.cost > self.left:
            raise ValueError(t.name + " too expensive")
        self.left -= t.cost
        self.spent.append(t.name)


def chain(t: Task | None) -> list[str]:
    out: list[str] = []
    while t is not None:
        out.append(t.name)
        t = t.parent
    return out


def runner(b: Budget) -> Callable[[Task], bool]:
    def run(t: Task) -> bool:
        try:
            b.pay(t)
            return True
        except ValueError:
            return False
        finally:
            b.spent.append("tried " + t.name)
    return run


root = Task("root", 1)
mid = Task("mid", 5, root)
leaf = Task("leaf", 50, mid)
print(chain(leaf), chain(None), leaf.parent == mid)
b = Budget(10)
go = runner(b)
print([go(t) for t in [root, mid, leaf]], b.left)
with Budget(3) as b2:
    b2.pay(root)
    b2.pay(mid)
    print("not reached")
print(b2.spent, b2.left)
print(b.spent)
total = 0
for i in range(20000):
    try:
        if i % 3 == 0:
            raise KeyError(str(i))
        total += len({str(i), str(i * 2)})
    except KeyError as e:
        total -= len(str(e))
print(total)
adders: list[Callable[[int], int]] = []
for k in range(3):
    def mk(m: int) -> Callable[[int], int]:
        return lambda x: x + m
    adders.append(mk(k))
print([f(10) for f in adders])
print(sorted([leaf, root, mid], key=lambda t: t.cost, reverse=True)[0].name)

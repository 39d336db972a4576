# Truth of class instances as in CPython: __bool__, else __len__ (ValueError when negative), else always
# true; also for optional instances (if b: with b: Bag | None calls Bag.__len__) and in and/or values.
from typing import Optional


class Bag:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def add(self, n: int) -> "Bag":
        self.items.append(n)
        return self

    def __len__(self) -> int:
        return len(self.items)


class Switch:
    on: bool

    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


class Plain:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


class Weird(Bag):
    def __len__(self) -> int:
        return -1


def check(b: Optional[Bag]) -> str:
    if b:
        return "truthy"
    return "falsy"


print(check(Bag()), check(None), check(Bag().add(1)))
s = Switch(False)
print("on" if s else "off", "on" if Switch(True) else "off", not s)
p = Plain("p")
print(p and p.name, (p or Plain("q")).name)
empty = Bag()
full = Bag().add(2)
print(len((empty or full).items), len((full or empty).items), len((empty and full).items))
opt: Optional[Bag] = Bag()
print((opt or full).items, (opt and full).items)
if p and s:
    print("both")
elif p or s:
    print("one")
try:
    if Weird():
        print("no")
except ValueError as e:
    print("ValueError:", e)

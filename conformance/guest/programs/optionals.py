from typing import Optional


class Node:
    value: int
    next: "Node | None"

    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next


def find(xs: list[int], target: int) -> int | None:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def describe(n: int | None) -> str:
    if n is None:
        return "missing"
    return "at " + str(n + 0)


def length(head: Node | None) -> int:
    count = 0
    node = head
    while node is not None:
        count += 1
        node = node.next
    return count


def last_value(head: Optional[Node]) -> Optional[int]:
    if head is None:
        return None
    node: Node = head
    while True:
        nxt = node.next
        if nxt is None:
            return node.value
        node = nxt


def first_word(text: str) -> str | None:
    words = text.split()
    return words[0] if words else None


def greet(name: str | None = None) -> str:
    if name is not None and len(name) > 0:
        return "hello " + name
    return "hello stranger"


def total(xs: list[int | None]) -> int:
    s = 0
    for x in xs:
        if x is not None:
            s += x
    return s


xs = [4, 8, 15, 16, 23, 42]
print(find(xs, 15), find(xs, 99))
print(describe(find(xs, 23)), describe(find(xs, 7)))
head = Node(1, Node(2, Node(3)))
print(length(head), length(None), last_value(head), last_value(None))
print(first_word("  alpha beta"), first_word("   "))
print(greet(), greet("ada"), greet(""))

maybe: list[int | None] = [1, None, 3, None]
print(maybe, total(maybe), len(maybe))
print([x for x in maybe if x is not None])
print(None in maybe, 3 in maybe, 2 in maybe)
names: dict[str, str | None] = {"a": "x", "b": None}
print(names)
for k, v in names.items():
    if v is None:
        print(k, "is unset")
    else:
        print(k, "=", v.upper())

score: float | None = None
print(score)
score = 2.5
print(score * 2)
score = None
if not score:
    print("no score")
count: int | None = 0
print(count, "truthy" if count else "falsy")
label = "odd" if len(xs) % 2 else None
print(label, repr(label))
pair: tuple[int, str | None] = (1, None)
print(pair)
t = head.next
if t is not None and t.next is not None:
    print("third", t.next.value)
print(f"{find(xs, 42)} {find(xs, 0)!r}")
flag: bool | None = True
if flag is not None:
    print(flag and True)
ages = {"ada": 36, "alan": 41}
a = ages.get("ada")
m = ages.get("bob")
print(a, m, a is not None and a > 30)
if m is None:
    print("bob unknown")
nick: dict[int, str] = {1: "one"}
print(nick.get(1), nick.get(2))

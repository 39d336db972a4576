# Dataclasses with list and dict fields compare by value (the generated __eq__), as in CPython.
from dataclasses import dataclass, field


@dataclass
class Order:
    customer: str
    lines: list[tuple[str, int]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    tag: str = ""


def main() -> None:
    a = Order("ann", [("pen", 2)], {"gift": "yes"})
    b = Order("ann", [("pen", 2)], {"gift": "yes"})
    c = Order("ann", [("pen", 3)])
    print(a == b, a != b, a == c, Order("x") == Order("x"), Order("x", tag="1") == Order("x", tag="2"))
    b.lines.append(("ink", 1))
    print(a == b, a.lines, b.lines)
    orders = [a, c]
    print(Order("ann", [("pen", 3)]) in orders, Order("bob") in orders, Order("bob") not in orders)


main()

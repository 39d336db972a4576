class Tree:
    value: int
    children: list["Tree"]

    def __init__(self, value: int) -> None:
        self.value = value
        self.children = []

    def add(self, child: "Tree") -> "Tree":
        self.children.append(child)
        return child

    def total(self) -> int:
        t = self.value
        for c in self.children:
            t += c.total()
        return t

    def depth(self) -> int:
        d = 0
        for c in self.children:
            d = max(d, c.depth())
        return d + 1


def build(depth: int, value: int) -> Tree:
    t = Tree(value)
    if depth > 0:
        for i in range(3):
            t.add(build(depth - 1, value * 3 + i))
    return t


root = build(6, 1)
print(root.total(), len(root.children), root.depth())
for round_ in range(15):
    tmp = build(5, round_)
    print(tmp.total(), end=" ")
print()
print(root.children[2].children[0].value)

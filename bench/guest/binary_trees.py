# binary-trees: allocation of many short-lived trees (the collector at work).


class Node:
    leaf: bool
    left: "Node"
    right: "Node"

    def __init__(self) -> None:
        self.leaf = True


def make(depth: int) -> Node:
    node = Node()
    if depth > 0:
        node.leaf = False
        node.left = make(depth - 1)
        node.right = make(depth - 1)
    return node


def check(node: Node) -> int:
    if node.leaf:
        return 1
    return 1 + check(node.left) + check(node.right)


min_depth = 4
max_depth = 16
stretch = max_depth + 1
print(f"stretch tree of depth {stretch}\t check: {check(make(stretch))}")
long_lived = make(max_depth)
d = min_depth
while d <= max_depth:
    iterations = 2 ** (max_depth - d + min_depth)
    total = 0
    for i in range(iterations):
        total += check(make(d))
    print(f"{iterations}\t trees of depth {d}\t check: {total}")
    d += 2
print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")

class Node:
    value: int
    next: "Node | None"

    def __init__(self, value: int) -> None:
        self.value = value
        self.next = None


n = Node(1)
print(n.next.value)

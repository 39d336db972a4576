class Node:
    value: int
    label: str

    def __init__(self, value: int) -> None:
        self.value = value


n = Node(3)
print(n.value)
print(n.label)

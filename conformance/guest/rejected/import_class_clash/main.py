import nodes


class Node:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


print(Node(1).value, nodes.Node("a").label)

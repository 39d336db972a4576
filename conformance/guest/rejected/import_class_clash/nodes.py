class Node:
    label: str

    def __init__(self, label: str) -> None:
        self.label = label

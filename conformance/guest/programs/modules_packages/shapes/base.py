from enum import Enum

print("shapes.base loading")


class Kind(Enum):
    SQUARE = 1
    ROUND = 2


class Shape:
    name: str
    kind: Kind

    def __init__(self, name: str, kind: Kind) -> None:
        self.name = name
        self.kind = kind

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + " (" + self.kind.name.lower() + ")"

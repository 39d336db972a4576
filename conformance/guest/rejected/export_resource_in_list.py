@export
class Counter:
    start: int

    def __init__(self, start: int) -> None:
        self.start = start

    def value(self) -> int:
        return self.start


@export
def pair(c: Counter) -> list[Counter]:
    return [c, c]

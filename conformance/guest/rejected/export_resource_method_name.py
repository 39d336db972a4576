@export
class Counter:
    start: int

    def __init__(self, start: int) -> None:
        self.start = start

    def getValue(self) -> int:
        return self.start

@export
class Counter:
    start: int

    def __init__(self, start: int) -> None:
        self.start = start


@export
def counter(start: int) -> Counter:
    return Counter(start)

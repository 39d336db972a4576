class Counter:
    n: int

    def __init__(self) -> None:
        self.n = 0


@export
def make() -> Counter:
    return Counter()

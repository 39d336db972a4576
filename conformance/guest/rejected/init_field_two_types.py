class Box:
    def __init__(self, size: int) -> None:
        self.size = size
        self.size: str = "big"


print(Box(1).size)

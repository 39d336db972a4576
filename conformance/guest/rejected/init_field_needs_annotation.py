class Bag:
    def __init__(self) -> None:
        self.items = []


b = Bag()
print(len(b.items))

class Counter:
    n: int

    @export
    def get(self) -> int:
        return self.n

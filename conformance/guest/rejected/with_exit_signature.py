class Timer:
    def __enter__(self) -> None:
        pass

    def __exit__(self, a: int, b: int, c: int) -> None:
        pass


with Timer():
    print("x")

class Quiet:
    def __enter__(self) -> None:
        pass

    def __exit__(self, t: object, e: object, tb: object) -> None:
        pass


with Quiet() as q:
    print("x")

class Plain:
    def __exit__(self, t: object, e: object, tb: object) -> None:
        pass


with Plain():
    print("x")

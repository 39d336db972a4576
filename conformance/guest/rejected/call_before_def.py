greet()


def greet() -> None:
    print("hi")

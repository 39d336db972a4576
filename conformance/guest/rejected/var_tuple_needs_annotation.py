def nothing() -> None:
    acc = tuple()
    print(acc)

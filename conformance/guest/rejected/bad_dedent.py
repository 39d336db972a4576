def f() -> None:
        print(1)
    print(2)

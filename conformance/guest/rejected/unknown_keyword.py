def f(n: int) -> None:
    print(n)


f(n=1, m=2)

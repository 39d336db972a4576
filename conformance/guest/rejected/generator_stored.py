# A generator expression is only compiled as the argument of a builtin that consumes it whole.
def main() -> None:
    xs = [1, 2, 3]
    squares = (x * x for x in xs)
    print(sum(squares))


main()

# CPython rejects this too (SyntaxError): a generator expression must be the only argument.
def main() -> None:
    xs = [1, 2, 3]
    print(sum(x for x in xs, 10))


main()

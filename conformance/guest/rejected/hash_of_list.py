# A list is unhashable in CPython (TypeError at run time); the guest compiler says so when it compiles.
def main() -> None:
    xs = [1, 2, 3]
    print(hash(xs))


main()

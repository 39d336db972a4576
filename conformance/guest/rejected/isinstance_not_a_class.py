# The second argument of isinstance() must name a class (or be a tuple of class names).
def main() -> None:
    kind = "int"
    print(isinstance(3, kind))


main()

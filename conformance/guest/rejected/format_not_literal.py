# str.format() is compiled from its literal format string; a format string in a variable is not supported.
def main() -> None:
    f = "{}!"
    print(f.format(1))


main()

# Unpacking a list into names (a, b = line.split(",")), in assignments, for loops and
# comprehensions, with CPython's ValueError when the length differs.
def main() -> None:
    key, value = "color=blue".split("=")
    print(key, value)
    rows = [[1, 2], [3, 4]]
    for a, b in rows:
        print(a + b)
    print([x * y for x, y in rows])
    for text in ["a,b,c", "a,b", "a,b,c,d"]:
        try:
            first, second, third = text.split(",")
            print(first, second, third)
        except ValueError as e:
            print("ValueError:", e)


main()

# Methods of builtin types as functions: key=str.lower, map(str.strip, ...), filter(str.isdigit, ...).
def main() -> None:
    words = ["banana", "Apple", "cherry", "apple"]
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.upper, reverse=True))
    print(max(words, key=str.lower), min(words, key=str.swapcase))
    raw = ["  a ", "b  ", " 12", "3"]
    print(list(map(str.strip, raw)), list(filter(str.isdigit, map(str.strip, raw))))
    words.sort(key=str.lower)
    print(words)


main()

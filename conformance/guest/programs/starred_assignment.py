# Starred assignment targets: the first item and the rest, the last item, a middle slice, an empty
# rest, and CPython's error when too few items are left.
def main() -> None:
    first, *rest = [1, 2, 3, 4]
    print(first, rest)
    *init, last = "a b c".split()
    print(init, last)
    head, *middle, tail = [10, 20]
    print(head, middle, tail)
    a, b, *more = [1, 2]
    print(a, b, more)
    words = ["x", "y", "z", "w"]
    w0, *ws, w3 = words
    ws.append("!")
    print(w0, ws, w3, words)
    try:
        p, q, *r = [1]
        print(p, q, r)
    except ValueError as e:
        print("ValueError:", e)


main()

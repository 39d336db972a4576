# map() makes an iterator; the guest language takes it only where it is consumed whole.
def main() -> None:
    xs = [1, 2, 3]
    doubled = map(lambda v: v * 2, xs)
    print(doubled)


main()

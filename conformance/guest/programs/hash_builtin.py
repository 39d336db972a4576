# hash(): CPython's exact values for int, bool, float and tuples of them; str and bytes hash by
# content (CPython randomises their values per process, so only equality is printed).
def main() -> None:
    ints = [0, 1, -1, -2, 7, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**62, 9223372036854775807, -9223372036854775807 - 1, 123456789012345]
    for i in ints:
        print(i, hash(i))
    floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 3.141592653589793, 1e300, -1e300, 5e-324, 1e-300, 2.0**61, 2.0**62, 1e16 + 2.0, 1e308 * 10.0, -1e308 * 10.0, 123456.789]
    for f in floats:
        print(f, hash(f))
    print(hash(True), hash(False))
    print(hash((1, 2)), hash(()), hash((1.5, True, -1)), hash(((1, 2), 3)), hash((0.5, (2**62, -3))))
    print(hash("abc") == hash("ab" + "c"), hash(b"xyz") == hash(bytes([120, 121, 122])))


main()

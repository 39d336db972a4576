# round(x, n) and round(int, n): half to even on the exact value of the float, as CPython.
# round(x, n): half to even on the float's exact value, as CPython (2.675 is below 2.675 exactly).
def main() -> None:
    for x in [2.675, 2.665, 1.005, 0.125, 0.375, -0.5, -2.5, 3.14159265, 1234.5678, -1234.5678, 1e-7, 123456789.987654321, 0.1 + 0.2]:
        print(x, round(x, 0), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2), round(x, 10))
    print(round(-0.4, 0), round(0.4, 0), round(5e-324, 2), round(1e300, 2), round(1.5, 25))
    for n in [1234, -1234, 1250, 1350, -1250, 5, 15, 25, 0]:
        print(n, round(n, -1), round(n, -2), round(n, 2), round(n, 0))
    print(round(2.5), round(3.5), round(2.675, None))
    avg = sum([3, 4, 4]) / 3
    print(f"average {round(avg, 2)}")


main()

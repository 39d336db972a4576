def main() -> None:
    a = 17
    b = 5
    print(a + b, a - b, a * b, a // b, a % b, a ** 2)
    print(-a // b, -a % b, a // -b, a % -b)
    print(a / b, 7 / 2, 1 / 3, 2 / 3)
    x = 2.5
    y = 0.1
    print(x * 2, x - 1, y + 0.2, x ** 2, 10.0 // 3.0, 10.0 % 3.0, -7.5 % 2.0)
    print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2.0), round(2.5), round(3.5), round(-1.5))
    print(int(3.9), int(-3.9), float(7), int("  -123 "), int(True) + 1)
    print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3, ~5)
    print(1e16, 1.5e-5, 123456789.125, 1e22, 0.000123, 100.0, -0.0)
    print(2 ** 62, 9223372036854775807, -9223372036854775807 - 1)


main()

# divmod() and pow() with two and three arguments, including the modular inverse and the errors.
def main() -> None:
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (9223372036854775807, 10)]:
        print(a, b, divmod(a, b), pow(a % 50, 3), pow(a, 3, b), pow(a, 0, b))
    print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(1e15, 7.0))
    print(pow(2, 10), pow(2.0, -1), pow(2, 0.5), pow(3, -1, 7), pow(-3, 3, 7), pow(3, 2, -5), pow(2, 10, 1))
    print(pow(123456789123, 987654321987, 1000000000000000003))
    print(pow(5, 1000000, 9223372036854775783), pow(7, -3, 1000003))
    q, r = divmod(100, 7)
    print(q * 7 + r)
    try:
        print(divmod(1, 0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(divmod(1.0, 0.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    for m in [0, 4]:
        try:
            print(pow(2, -1, m))
        except ValueError as e:
            print("ValueError:", e)

main()

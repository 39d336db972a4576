# float(s): decimal and exponent forms, signs, underscores, whitespace, inf and nan, and errors.
def main() -> None:
    for text in ["1.5", "-2.25", "  3.0  ", "1e3", "1E-3", "+.5", "5.", "0.1", "1_000.5", "123456789012345678", "0.000001234",
                 "2.5e-10", "6.02214076e23", "inf", "-Infinity", "nan", "1e400", "-0", "0.30000000000000004", "3.141592653589793",
                 "5e-324", "9007199254740993", "0.1e1", "12345678901234567890e-10"]:
        print(repr(text), repr(float(text)))
    for text in ["", "abc", "1.2.3", "1e", "1__0", "_1", "--1", "0x10"]:
        try:
            print(float(text))
        except ValueError as e:
            print("ValueError:", e)
    prices = [float(p) for p in "2.50,10.00,7.25".split(",")]
    print(prices, sum(prices), round(sum(prices) / 3, 2))


main()

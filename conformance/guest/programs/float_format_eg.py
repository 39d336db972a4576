# The 'e' and 'g' float formats: precisions, widths, signs, zero, rounding carries, int arguments.
def main() -> None:
    for x in [0.0, 1.0, 12345.678, 0.000123456, 9.9999999, 1e-10, 123456789.0, 5e-324, 1.7976931348623157e308, 2.5, 0.5, 100.0]:
        print(f"{x:e}|{x:.2e}|{x:E}|{x:.0e}|{x:g}|{x:.3g}|{x:G}|{x:12.4g}|{x:+.1e}|{x:<12e}|{-x:.3e}|{x:.10g}")
    print(f"{42:e} {42:g} {1234567:g} {0.0001:g} {0.00001:g} {123.0:g} {1e16:g}")
    print("%e %.2E %g %10.3g|" % (3.5, 1234.5, 0.00001, 2.0), f"{3.5:.1E}")


main()

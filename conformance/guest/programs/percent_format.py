# printf-style formatting of a string literal: the conversions a program uses, flags, widths and
# precisions, one value or a tuple display, evaluated once in order.
def main() -> None:
    name = "Ann"
    n = 42
    x = 3.14159
    print("%s is %d" % (name, n), "%5s|%-5s|" % ("ab", "cd"), "%r" % name)
    print("%d %i %5d %-5d| %05d %+d % d" % (n, -n, n, n, n, n, n), "%d" % 3.99, "%d" % -3.99, "%d" % True)
    print("%f %.2f %8.3f %-8.1f| %08.2f %+.1f" % (x, x, x, x, x, x), "%.0f %.0f" % (0.5, 1.5), "%f" % 2)
    print("%x %X %o %5x %05X" % (255, 255, 8, 255, 255), "100%%" % (), "%s%%" % 50, "%s" % [1, 2])
    print("no conversions" % (), "%s and %s" % ("a", ("b")), "%s" % None)


main()

# The '#' option of int formats: 0x / 0X / 0o / 0b prefixes, with signs, widths and zero padding.
def main() -> None:
    for v in [0, 5, 42, 255, -42, 65535]:
        print(f"{v:#x}|{v:#X}|{v:#o}|{v:#b}|{v:#010x}|{v:+#x}|{v:>#8x}|{v:<#8b}|{v:^#9o}|{v:#06b}|{v:*=#10x}")
    print("%#x %#X %#o %#08x" % (255, 255, 8, 255))


main()

# Unicode in str methods, checked against CPython over every code point: classification
# (isalpha, isdecimal, isdigit, isnumeric, isalnum, islower, isupper, istitle, isspace,
# isprintable), case mappings with their multi-character results (upper, lower, title,
# capitalize, swapcase, casefold), repr's escapes, and int()/float() of other scripts' digits.
# Each block of 1024 code points prints one checksum per method.

M = 1000000007


def fold(h: int, s: str) -> int:
    for ch in s:
        h = (h * 131 + ord(ch)) % M
    return h


def predicates(c: str) -> int:
    bits = 0
    tests = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.islower(),
             c.isupper(), c.istitle(), c.isspace(), c.isprintable()]
    for k, t in enumerate(tests):
        if t:
            bits |= 1 << k
    return bits


def sweep(lo: int, hi: int) -> None:
    chars: list[str] = []
    flags = 0
    for cp in range(lo, hi):
        if cp < 0xD800 or cp > 0xDFFF:
            c = chr(cp)
            chars.append(c)
            flags = (flags * 1031 + predicates(c)) % M
    block = "".join(chars)
    # pairs, so that title() and capitalize() see a cased letter before each character
    spaced = "A".join(chars)
    sums = [flags, fold(0, block.upper()), fold(0, block.lower()), fold(0, spaced.title()),
            fold(0, block.title()), fold(0, spaced.capitalize()), fold(0, block.swapcase()),
            fold(0, block.casefold()), fold(0, repr(block)), len(block.upper()), len(block.lower())]
    print(f"{lo:#x}", " ".join([str(x) for x in sums]))


def sigma() -> None:
    cases = ["\u03a3", "A\u03a3", "\u03a3A", "A\u03a3.", "A.\u03a3", "A\u03a3'B", "A\u03a3\u0301",
             "\u039f\u0394\u039f\u03a3 \u03a3\u0391\u03a3", "1\u03a3", "a\u00ad\u03a3\u00ad", "\u1f88\u03a3"]
    for s in cases:
        print(repr(s), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())


def numbers() -> None:
    for s in ["\u0663\u0664", "\uff11\uff12", " \u0967\u0968\u0969 ", "\u00a0-7\u3000", "\U0001d7d8\U0001d7d9",
              "\u0661.5", "\u0e51e3", "1_\u0662", "\u2009+\u0660\u2009"]:
        print(repr(s), int(s) if "." not in s and "e" not in s else -1, float(s))
    for bad in ["\u00b2", "1\u2160", "\x1c1", "\u0663\u00a0\u0664", "\u00bd"]:
        try:
            print(int(bad))
        except ValueError as e:
            print("ValueError:", e)
        try:
            print(float(bad))
        except ValueError as e:
            print("ValueError:", e)


def whitespace() -> None:
    s = "a\u00a0b\u2003c\u3000d e\x85f\u2028g\u1680h\u200bi"
    print(s.split(), s.split(None, 2), s.rsplit(None, 2), s.rsplit(maxsplit=1))
    print(repr(s.strip()), repr("\u3000\u2009 x y \u205f\u00a0".strip()), repr("\u3000 x ".lstrip()),
          repr(" x \u3000".rstrip()), repr("\u200b x \u200b".strip()))
    print(" \u00a0\u3000".isspace(), "\u200b".isspace(), "".isspace(), "\u3000\u00a0".split(), "x\u00a0".split("\u00a0"))


for lo in range(0, 0x110000, 1024):
    sweep(lo, lo + 1024)
sigma()
numbers()
whitespace()
print("ǅemal".title(), "ǆemal ǈudi".title(), "ǆemal".capitalize(), "Straße".casefold(), "ﬁre".upper(), "ŉ".upper())
print("ÀÉÎ".isupper(), "àé".islower(), "Ǆ Hello".istitle(), "Ǆ ǅa".istitle(), "ǅ".isupper(), "ǅ".islower())

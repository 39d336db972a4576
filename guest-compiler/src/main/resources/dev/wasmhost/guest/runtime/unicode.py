# Unicode for str methods on non-ASCII text: the flags and case mappings of every code point and
# the decimal digits of every script, read from the tables in runtime/unicode_*.bin (written from
# CPython's own str methods by guest-compiler/tools/unicode_tables.py; its docstring describes the
# layout). __unicode_data(k) is the address of table k (0 flags, 1 case, 2 digits, 3 printable,
# 4 classification flags) as a bytes
# object, laid out only in programs that reach it. ASCII text never gets here: the str methods
# keep their ASCII paths and call these only when a str has a byte >= 0x80.

UNI_ALPHA = 1
UNI_DECIMAL = 2
UNI_DIGIT = 4
UNI_NUMERIC = 8
UNI_LOWER = 16
UNI_UPPER = 32
UNI_CASED = 64
UNI_IGNORABLE = 128
UNI_SPACE = 256
UNI_TITLE = 512

# the mappings, by their index in the header (each has a simple and a special table)
MAP_UPPER = 0
MAP_LOWER = 1
MAP_TITLE = 2
MAP_FOLD = 3


def uni_flags(c: int) -> int:
    return run_flags(__unicode_data(0) + 16, c)


def uni_class(c: int) -> int:
    # the classification flags alone (UNI_ALPHA, UNI_DECIMAL, UNI_DIGIT, UNI_NUMERIC, UNI_SPACE),
    # from their own, smaller table
    return run_flags(__unicode_data(4) + 16, c)


def run_flags(t: int, c: int) -> int:
    # the flags of code point c in the run table t: its run is the last one that starts at or
    # before it (the first starts at 0)
    runs = t + 12
    lo = 0
    hi = __load32(t + 4) - 1
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if __shr_u(__load32(runs + mid * 4), 8) <= c:
            lo = mid
        else:
            hi = mid - 1
    return __load32(runs + __load32(t + 4) * 4 + (__load32(runs + lo * 4) & 255) * 4)


def number_text(s: int) -> int:
    # the text int() and float() parse, as CPython makes it: s itself when it is ASCII, else a copy
    # with Unicode whitespace as spaces, decimal digits of any script as ASCII digits and other
    # non-ASCII characters as "?"
    n = __load32(s + 8)
    ncp = __load32(s + 12)
    if n == ncp:
        return s
    t = str_new(ncp, ncp)
    i = 0
    k = 0
    while i < n:
        c = decode_cp(s + 16 + i)
        if c >= 128:
            if uni_is_space(c):
                c = 32
            else:
                d = uni_decimal(c)
                c = 63 if d < 0 else 48 + d
        __store8(t + 16 + k, c)
        k = k + 1
        i = i + cp_width(__load8(s + 16 + i))
    return t


def uni_decimal(c: int) -> int:
    # the value of c as a decimal digit, or -1 (each script's digits 0-9 are in a row)
    t = __unicode_data(2) + 16
    n = __load32(t + 4)
    lo = 0
    hi = n - 1
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if __load32(t + 8 + mid * 4) <= c:
            lo = mid
        else:
            hi = mid - 1
    d = c - __load32(t + 8 + lo * 4)
    if d >= 0 and d < 10:
        return d
    return -1


def uni_printable(c: int) -> bool:
    # str.isprintable() of code point c >= 128: an odd number of changes at or below it
    t = __unicode_data(3) + 16
    lo = 0
    hi = __load32(t + 4)
    # the number of changes at or below c
    while lo < hi:
        mid = (lo + hi) >> 1
        if __load32(t + 8 + mid * 4) <= c:
            lo = mid + 1
        else:
            hi = mid
    return (lo & 1) == 1


def uni_simple(c: int, m: int) -> int:
    # c's simple mapping m, or -1 when the table has no entry for c
    t = __unicode_data(1) + 16
    n = __load32(t + 4 + m * 8)
    e = t + __load32(t + 8 + m * 8)
    if n == 0 or c < __load32(e):
        return -1
    lo = 0
    hi = n - 1
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if __load32(e + mid * 12) <= c:
            lo = mid
        else:
            hi = mid - 1
    at = e + lo * 12
    d = c - __load32(at)
    stride = __load32(at + 4) & 3
    if d < __shr_u(__load32(at + 4), 2) * stride and d % stride == 0:
        return c + __load32(at + 8) - 8388608
    return -1


def uni_special(c: int, m: int) -> int:
    # the address of c's special entry in mapping m, or 0
    t = __unicode_data(1) + 16
    n = __load32(t + 36 + m * 8)
    e = t + __load32(t + 40 + m * 8)
    lo = 0
    hi = n - 1
    while lo <= hi:
        mid = (lo + hi) >> 1
        k = __shr_u(__load32(e + mid * 16), 2)
        if k == c:
            return e + mid * 16
        if k < c:
            lo = mid + 1
        else:
            hi = mid - 1
    return 0


def uni_full(c: int, m: int) -> int:
    # c's full mapping m, packed: first | second << 21 | third << 42 (no mapping yields U+0000
    # after the first code point). Title and casefold tables hold only their differences from
    # upper and lower.
    at = uni_special(c, m)
    if at != 0:
        r = __load32(at + 4)
        if (__load32(at) & 3) > 1:
            r = r | (__load32(at + 8) << 21)
        if (__load32(at) & 3) > 2:
            r = r | (__load32(at + 12) << 42)
        return r
    r = uni_simple(c, m)
    if r >= 0:
        return r
    if m == MAP_TITLE:
        return uni_full(c, MAP_UPPER)
    if m == MAP_FOLD:
        return uni_full(c, MAP_LOWER)
    return c


def uni_is_space(c: int) -> bool:
    # str.isspace() of one code point (CPython's list; no table needed)
    if c < 128:
        return c == 32 or c >= 9 and c <= 13 or c >= 28 and c <= 31
    return (c == 133 or c == 160 or c == 5760 or c >= 8192 and c <= 8202 or c == 8232 or c == 8233
            or c == 8239 or c == 8287 or c == 12288)


def cp_start_before(at: int, j: int) -> int:
    # the byte offset of the code point that ends at offset j of the bytes at at (j > 0)
    j = j - 1
    while j > 0 and (__load8(at + j) & 192) == 128:
        j = j - 1
    return j


def space_len_at(at: int, i: int, n: int) -> int:
    # the byte length of the whitespace code point at offset i, or 0 when it is not whitespace
    b = __load8(at + i)
    if b < 128:
        if b == 32 or b >= 9 and b <= 13 or b >= 28 and b <= 31:
            return 1
        return 0
    if b == 194 or b == 225 or b == 226 or b == 227:
        if uni_is_space(decode_cp(at + i)):
            return cp_width(b)
    return 0


def space_len_before(at: int, j: int) -> int:
    # the byte length of the whitespace code point that ends at offset j (> 0), or 0
    i = cp_start_before(at, j)
    if uni_is_space(decode_cp(at + i)):
        return j - i
    return 0


def final_sigma(s: int, i: int, n: int) -> bool:
    # CPython's Final_Sigma context of the capital sigma at byte offset i of str s: a cased
    # character before it and none after it, skipping case-ignorable ones
    at = s + 16
    j = i
    cased = False
    while j > 0:
        j = cp_start_before(at, j)
        f = uni_flags(decode_cp(at + j))
        if (f & UNI_IGNORABLE) == 0:
            cased = (f & UNI_CASED) != 0
            break
    if not cased:
        return False
    j = i + 2
    while j < n:
        f = uni_flags(decode_cp(at + j))
        if (f & UNI_IGNORABLE) == 0:
            return (f & UNI_CASED) == 0
        j = j + cp_width(__load8(at + j))
    return True


def uni_lower_at(s: int, i: int, n: int, c: int) -> int:
    # the full lower-case mapping of code point c at byte offset i of str s
    if c == 931:
        if final_sigma(s, i, n):
            return 962
        return 963
    return uni_full(c, MAP_LOWER)


def uni_recase(s: int, mode: int) -> int:
    # upper() 0, lower() 1, title() 2, capitalize() 3, swapcase() 4, casefold() 5 of a str with
    # non-ASCII text, in two passes: the first measures the result, the second writes it
    n = __load32(s + 8)
    nb = 0
    ncp = 0
    p = 0
    out = 0
    rounds = 0
    while rounds < 2:
        i = 0
        prev_cased = False
        first = True
        while i < n:
            c = decode_cp(s + 16 + i)
            w = cp_width(__load8(s + 16 + i))
            if mode == 0:
                r = uni_full(c, MAP_UPPER)
            elif mode == 1:
                r = uni_lower_at(s, i, n, c)
            elif mode == 5:
                r = uni_full(c, MAP_FOLD)
            elif mode == 2:
                if prev_cased:
                    r = uni_lower_at(s, i, n, c)
                else:
                    r = uni_full(c, MAP_TITLE)
                prev_cased = (uni_flags(c) & UNI_CASED) != 0
            elif mode == 3:
                if first:
                    r = uni_full(c, MAP_TITLE)
                else:
                    r = uni_lower_at(s, i, n, c)
            else:
                f = uni_flags(c)
                if (f & UNI_UPPER) != 0:
                    r = uni_lower_at(s, i, n, c)
                elif (f & UNI_LOWER) != 0:
                    r = uni_full(c, MAP_UPPER)
                else:
                    r = c
            first = False
            k = 0
            while k == 0 or r != 0:
                cp = r & 2097151
                if rounds == 0:
                    nb = nb + utf8_len(cp)
                    ncp = ncp + 1
                else:
                    out = out + encode_cp(out, cp)
                r = __shr_u(r, 21)
                k = k + 1
            i = i + w
        if rounds == 0:
            p = str_new(nb, ncp)
            out = p + 16
        rounds = rounds + 1
    return p


def utf8_len(c: int) -> int:
    # the byte length of code point c in UTF-8
    if c < 128:
        return 1
    if c < 2048:
        return 2
    if c < 65536:
        return 3
    return 4


def uni_all(s: int, mask: int) -> bool:
    # every code point of a non-empty str has one of the classification flags in mask
    n = __load32(s + 8)
    if n == 0:
        return False
    i = 0
    while i < n:
        if (uni_class(decode_cp(s + 16 + i)) & mask) == 0:
            return False
        i = i + cp_width(__load8(s + 16 + i))
    return True


def uni_iscase(s: int, upper: bool) -> bool:
    # islower()/isupper(): at least one cased character, none upper-case (lower-case) or title-case
    n = __load32(s + 8)
    cased = False
    i = 0
    while i < n:
        f = uni_flags(decode_cp(s + 16 + i))
        if upper:
            if (f & (UNI_LOWER | UNI_TITLE)) != 0:
                return False
            if (f & UNI_UPPER) != 0:
                cased = True
        else:
            if (f & (UNI_UPPER | UNI_TITLE)) != 0:
                return False
            if (f & UNI_LOWER) != 0:
                cased = True
        i = i + cp_width(__load8(s + 16 + i))
    return cased


def str_istitle(s: int) -> bool:
    # upper- and title-case characters only after uncased ones, lower-case ones only after cased ones
    n = __load32(s + 8)
    cased = False
    prev_cased = False
    i = 0
    while i < n:
        f = uni_flags(decode_cp(s + 16 + i))
        if (f & (UNI_UPPER | UNI_TITLE)) != 0:
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif (f & UNI_LOWER) != 0:
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
        i = i + cp_width(__load8(s + 16 + i))
    return cased


def str_casefold(s: int) -> int:
    if __load32(s + 8) == __load32(s + 12):
        return str_case(s, False)
    return uni_recase(s, 5)


def str_isprintable(s: int) -> bool:
    # (true for the empty str)
    n = __load32(s + 8)
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        if c < 128:
            if c < 32 or c == 127:
                return False
            i = i + 1
        else:
            if not uni_printable(decode_cp(s + 16 + i)):
                return False
            i = i + cp_width(c)
    return True

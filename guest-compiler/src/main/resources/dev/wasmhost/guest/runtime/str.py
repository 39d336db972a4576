# Runtime library, part 2: str. Layout: [8] byte length, [12] code point count, [16...] UTF-8 bytes.

def str_new(nbytes: int, ncp: int) -> int:
    p = alloc(16 + nbytes, 1)
    __store32(p + 8, nbytes)
    __store32(p + 12, ncp)
    return p


def str_from_bytes(at: int, n: int) -> int:
    p = str_new(n, count_cp(at, n))
    __memcopy(p + 16, at, n)
    return p


def count_cp(at: int, n: int) -> int:
    c = 0
    end = at + n
    while at < end:
        if __load8(at) & 192 != 128:
            c = c + 1
        at = at + 1
    return c


def str_concat(a: int, b: int) -> int:
    na = __load32(a + 8)
    nb = __load32(b + 8)
    if nb == 0:
        return a
    if na == 0:
        return b
    p = str_new(na + nb, __load32(a + 12) + __load32(b + 12))
    __memcopy(p + 16, a + 16, na)
    __memcopy(p + 16 + na, b + 16, nb)
    return p


def str_repeat(s: int, n: int) -> int:
    if n <= 0:
        return str_new(0, 0)
    nb = __load32(s + 8)
    total = int_mul(nb, n)
    if total > 1 << 30:
        fatal(__addr("MemoryError"), __addr(""))
    p = str_new(total, __load32(s + 12) * n)
    if total == 0:
        return p
    # copy once, then keep doubling the filled prefix
    __memcopy(p + 16, s + 16, nb)
    done = nb
    while done < total:
        chunk = done if done * 2 <= total else total - done
        __memcopy(p + 16 + done, p + 16, chunk)
        done = done + chunk
    return p


def str_repeat_rev(n: int, s: int) -> int:
    return str_repeat(s, n)


def str_eq(a: int, b: int) -> bool:
    if a == b:
        return True
    n = __load32(a + 8)
    if n != __load32(b + 8):
        return False
    return data_eq(a, b, n)


def data_eq(a: int, b: int, n: int) -> bool:
    # the n bytes of two strs (or two bytes objects), eight at a time: every block is a multiple of
    # eight bytes long, so the last word of the data is inside the block; its bytes past n are masked
    i = 0
    while i + 8 <= n:
        if __load64(a + 16 + i) != __load64(b + 16 + i):
            return False
        i = i + 8
    if i < n:
        return (__load64(a + 16 + i) ^ __load64(b + 16 + i)) & tail_mask(n - i) == 0
    return True


def tail_mask(k: int) -> int:
    # the low k bytes of a word (0 < k < 8)
    return (1 << (k << 3)) - 1


def bytes_cmp(a: int, b: int, n: int) -> int:
    # eight bytes at a time while they are equal, then byte by byte from the first difference
    i = 0
    while i + 8 <= n and __load64(a + i) == __load64(b + i):
        i = i + 8
    while i < n:
        x = __load8(a + i)
        y = __load8(b + i)
        if x != y:
            return -1 if x < y else 1
        i = i + 1
    return 0


def str_cmp(a: int, b: int) -> int:
    na = __load32(a + 8)
    nb = __load32(b + 8)
    c = bytes_cmp(a + 16, b + 16, min(na, nb))
    if c != 0:
        return c
    if na < nb:
        return -1
    if na > nb:
        return 1
    return 0


# The code point cp_offset found last in a non-ASCII str: the next search in the same str scans
# from there when that is nearer than the start, so that iterating over a str (for ch in s,
# reversed(s)) or indexing it in order is linear, not quadratic. A str never changes, so this
# holds until a collection frees and reuses its address (collect() forgets it).
cp_str: int = 0
cp_index: int = 0
cp_byte: int = 0


def forget_cp() -> None:
    global cp_str
    cp_str = 0


def cp_offset(s: int, i: int) -> int:
    # byte offset of code point i; O(1) for ASCII strings
    global cp_str, cp_index, cp_byte
    if __load32(s + 8) == __load32(s + 12):
        return i
    at = s + 16
    k = 0
    j = 0
    if s == cp_str and i >= cp_index - i:
        k = cp_byte
        j = cp_index
    while j < i:
        k = k + 1
        while __load8(at + k) & 192 == 128:
            k = k + 1
        j = j + 1
    while j > i:
        k = k - 1
        while __load8(at + k) & 192 == 128:
            k = k - 1
        j = j - 1
    cp_str = s
    cp_index = i
    cp_byte = k
    return k


def str_get(s: int, i: int) -> int:
    n = __load32(s + 12)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        fail_text("IndexError", "string index out of range")
    off = cp_offset(s, i)
    lead = __load8(s + 16 + off)
    w = 1
    if lead >= 240:
        w = 4
    elif lead >= 224:
        w = 3
    elif lead >= 192:
        w = 2
    if w == 1:
        return ascii_str(lead)
    p = str_new(w, 1)
    __memcopy(p + 16, s + 16 + off, w)
    return p


def ascii_str(c: int) -> int:
    # the static str of the one ASCII character c (0 <= c < 128): no allocation
    return __ascii_strs() + c * 24


def str_contains(needle: int, hay: int) -> bool:
    n = __load32(needle + 8)
    h = __load32(hay + 8)
    i = 0
    while i + n <= h:
        if bytes_cmp(hay + 16 + i, needle + 16, n) == 0:
            return True
        i = i + 1
    return False


def str_case(s: int, upper: bool) -> int:
    n = __load32(s + 8)
    if n != __load32(s + 12):
        if upper:
            return uni_recase(s, 0)
        return uni_recase(s, 1)
    p = str_new(n, n)
    # Eight ASCII bytes at a time (both blocks are a multiple of eight bytes long; the bytes past n
    # are garbage either way). Adding 0x80 - first to each byte sets its top bit when it is >= first,
    # adding 0x80 - (last + 1) when it is > last; no byte carries into the next, since ASCII bytes
    # are below 0x80 (garbage bytes past n carry only into higher, also garbage, bytes). The letters
    # in range get their 0x20 bit flipped.
    if upper:
        from_first = 2242545357980376863  # 0x1f per byte: 0x80 - ord("a")
        past_last = 361700864190383365  # 0x05 per byte: 0x80 - (ord("z") + 1)
    else:
        from_first = 4557430888798830399  # 0x3f per byte: 0x80 - ord("A")
        past_last = 2676586395008836901  # 0x25 per byte: 0x80 - (ord("Z") + 1)
    i = 0
    while i < n:
        x = __load64(s + 16 + i)
        m = (x + from_first) & ((x + past_last) ^ -1) & -9187201950435737472  # 0x80 per byte
        __store64(p + 16 + i, x ^ __shr_u(m, 2))
        i = i + 8
    return p


def str_upper(s: int) -> int:
    return str_case(s, True)


def str_lower(s: int) -> int:
    return str_case(s, False)


def str_join(sep: int, lst: int) -> int:
    n = __load32(lst + 8)
    data = __load32(lst + 16)
    nb = 0
    ncp = 0
    i = 0
    while i < n:
        e = __load32(data + 16 + i * 8)
        nb = nb + __load32(e + 8)
        ncp = ncp + __load32(e + 12)
        i = i + 1
    if n > 1:
        nb = nb + __load32(sep + 8) * (n - 1)
        ncp = ncp + __load32(sep + 12) * (n - 1)
    p = str_new(nb, ncp)
    at = p + 16
    i = 0
    while i < n:
        if i > 0:
            __memcopy(at, sep + 16, __load32(sep + 8))
            at = at + __load32(sep + 8)
        e = __load32(data + 16 + i * 8)
        __memcopy(at, e + 16, __load32(e + 8))
        at = at + __load32(e + 8)
        i = i + 1
    return p


def str_ord(s: int) -> int:
    if __load32(s + 12) != 1:
        fail_text("TypeError", "ord() expected a character")
    return decode_cp(s + 16)


def decode_cp(at: int) -> int:
    b = __load8(at)
    if b < 128:
        return b
    if b < 224:
        return ((b & 31) << 6) | (__load8(at + 1) & 63)
    if b < 240:
        return ((b & 15) << 12) | ((__load8(at + 1) & 63) << 6) | (__load8(at + 2) & 63)
    return ((b & 7) << 18) | ((__load8(at + 1) & 63) << 12) | ((__load8(at + 2) & 63) << 6) | (__load8(at + 3) & 63)


def encode_cp(at: int, c: int) -> int:
    # writes code point c at address at; returns the number of bytes
    if c < 128:
        __store8(at, c)
        return 1
    if c < 2048:
        __store8(at, 192 | (c >> 6))
        __store8(at + 1, 128 | (c & 63))
        return 2
    if c < 65536:
        __store8(at, 224 | (c >> 12))
        __store8(at + 1, 128 | ((c >> 6) & 63))
        __store8(at + 2, 128 | (c & 63))
        return 3
    __store8(at, 240 | (c >> 18))
    __store8(at + 1, 128 | ((c >> 12) & 63))
    __store8(at + 2, 128 | ((c >> 6) & 63))
    __store8(at + 3, 128 | (c & 63))
    return 4


def str_chr(c: int) -> int:
    if c < 0 or c > 1114111:
        fail_text("ValueError", "chr() arg not in range(0x110000)")
    if c < 128:
        return ascii_str(c)
    s = __scratch()
    n = encode_cp(s, c)
    return str_from_bytes(s, n)


def str_from_int(v: int) -> int:
    n = int_digits(__scratch(), v)
    return str_from_bytes(__scratch(), n)


def int_digits(at: int, v: int) -> int:
    # writes the decimal digits of v at address at; returns their count. Works for the minimum int.
    if v == 0:
        __store8(at, 48)
        return 1
    neg = v < 0
    if not neg:
        v = -v
    tmp = at + 400
    k = 0
    while v != 0:
        __store8(tmp + k, 48 - __rem(v, 10))
        v = __div(v, 10)
        k = k + 1
    n = 0
    if neg:
        __store8(at, 45)
        n = 1
    while k > 0:
        k = k - 1
        __store8(at + n, __load8(tmp + k))
        n = n + 1
    return n


number_end: int = 0
number_negative: bool = False


def number_start(s: int) -> int:
    # the text of a number in str s, for int() and float(): returns the offset where it starts, past
    # surrounding whitespace and a sign; the offset where it ends goes to number_end, the sign to
    # number_negative
    global number_end, number_negative
    n = __load32(s + 8)
    at = s + 16
    i = 0
    while i < n and is_space(__load8(at + i)):
        i = i + 1
    while n > i and is_space(__load8(at + n - 1)):
        n = n - 1
    number_negative = False
    if i < n and (__load8(at + i) == 45 or __load8(at + i) == 43):
        number_negative = __load8(at + i) == 45
        i = i + 1
    number_end = n
    return i


def int_from_str(s: int) -> int:
    return int_from_str_base(s, 10)


def int_from_str_base(s: int, base: int) -> int:
    return int_parse(number_text(s), s, base)


def int_parse(t: int, s: int, base: int) -> int:
    # int(s, base): base 2 to 36, or 0 (the base from the prefix, as in a literal); the prefix 0x, 0o
    # or 0b may also come with its own base; underscores between digits; surrounding whitespace.
    # Parses t, the ASCII text of s (number_text); errors quote s.
    if base != 0 and (base < 2 or base > 36):
        fail_text("ValueError", "int() base must be >= 2 and <= 36, or 0")
    at = t + 16
    i = number_start(t)
    n = number_end
    neg = number_negative
    b = base
    prefixed = False
    if i + 1 < n and __load8(at + i) == 48:
        p = __load8(at + i + 1) | 32
        if (p == 120 and (b == 16 or b == 0)) or (p == 111 and (b == 8 or b == 0)) or (p == 98 and (b == 2 or b == 0)):
            b = 16 if p == 120 else 8 if p == 111 else 2
            i = i + 2
            prefixed = True
    if b == 0:
        b = 10
        # a base-0 literal with a leading zero must be all zeros ("010" is not a literal)
        j = i
        while j < n and (__load8(at + j) == 48 or __load8(at + j) == 95):
            j = j + 1
        if j < n and __load8(at + i) == 48:
            bad_int_base(s, base)
    v = 0
    prev_digit = prefixed
    any_digit = False
    limit = -9223372036854775807 - 1
    while i < n:
        c = __load8(at + i)
        d = 99
        if c >= 48 and c <= 57:
            d = c - 48
        elif (c | 32) >= 97 and (c | 32) <= 122:
            d = (c | 32) - 87
        if c == 95 and prev_digit and i + 1 < n:
            prev_digit = False
        elif d < b:
            if v < __div(limit + d, b):
                fail_text("OverflowError", "int too large for 64 bits")
            v = v * b - d
            prev_digit = True
            any_digit = True
        else:
            bad_int_base(s, base)
        i = i + 1
    if not any_digit or not prev_digit:
        bad_int_base(s, base)
    if not neg:
        if v == limit:
            fail_text("OverflowError", "int too large for 64 bits")
        v = 0 - v
    return v


def bad_int_base(s: int, base: int) -> None:
    # "invalid literal for int() with base B: 's'", measured, then written into one allocation
    prefix = "invalid literal for int() with base "
    digits = 2 if base >= 10 else 1
    n = __load32(__addr(prefix) + 8) + digits + 2 + repr_str_write(0, s, False)
    p = str_new(n, 0)
    m = emit_text(p + 16, True, prefix)
    if digits == 2:
        __store8(p + 16 + m, 48 + __div(base, 10))
        m = m + 1
    __store8(p + 16 + m, 48 + __rem(base, 10))
    m = m + 1
    m = m + emit_text(p + 16 + m, True, ": ")
    repr_str_write(p + 16 + m, s, True)
    __store32(p + 12, count_cp(p + 16, n))
    fail(__addr("ValueError"), p)


def is_space(c: int) -> bool:
    return c == 32 or c >= 9 and c <= 13

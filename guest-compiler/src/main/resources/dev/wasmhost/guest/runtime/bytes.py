# Runtime library: bytes. A bytes object is laid out like a str (kind 1, no references inside):
# [8] length, [12] length again, [16...] the bytes. Type descriptor kind 12 (hashed, compared and
# ordered like a str; repr b'...').

def bytes_new(n: int) -> int:
    p = alloc(16 + n, 1)
    __store32(p + 8, n)
    __store32(p + 12, n)
    return p


def bytes_from_mem(at: int, n: int) -> int:
    p = bytes_new(n)
    __memcopy(p + 16, at, n)
    return p


def bytes_concat(a: int, b: int) -> int:
    na = __load32(a + 8)
    nb = __load32(b + 8)
    if nb == 0:
        return a
    if na == 0:
        return b
    p = bytes_new(na + nb)
    __memcopy(p + 16, a + 16, na)
    __memcopy(p + 16 + na, b + 16, nb)
    return p


def bytes_repeat(b: int, n: int) -> int:
    nb = __load32(b + 8)
    if n <= 0 or nb == 0:
        return bytes_new(0)
    if nb * n > 1 << 30:
        fatal(__addr("MemoryError"), __addr(""))
    p = bytes_new(nb * n)
    i = 0
    while i < n:
        __memcopy(p + 16 + i * nb, b + 16, nb)
        i = i + 1
    return p


def bytes_eq(a: int, b: int) -> bool:
    if a == b:
        return True
    n = __load32(a + 8)
    if n != __load32(b + 8):
        return False
    return data_eq(a, b, n)


def bytes_order(a: int, b: int) -> int:
    na = __load32(a + 8)
    nb = __load32(b + 8)
    i = 0
    while i < na and i < nb:
        x = __load8(a + 16 + i)
        y = __load8(b + 16 + i)
        if x != y:
            return -1 if x < y else 1
        i = i + 1
    if na < nb:
        return -1
    return 1 if na > nb else 0


def bytes_get(b: int, i: int) -> int:
    n = __load32(b + 8)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        fail_text("IndexError", "index out of range")
        return 0
    return __load8(b + 16 + i)


def bytes_slice(b: int, start: int, stop: int, step: int, flags: int) -> int:
    n = __load32(b + 8)
    cnt = slice_count(n, start, stop, step, flags)
    lo = slice_start(n, start, step, flags)
    p = bytes_new(cnt)
    if step == 1:
        __memcopy(p + 16, b + 16 + lo, cnt)
        return p
    i = 0
    while i < cnt:
        __store8(p + 16 + i, __load8(b + 16 + lo + i * step))
        i = i + 1
    return p


def bytes_find(b: int, sub: int, start: int) -> int:
    n = __load32(sub + 8)
    h = __load32(b + 8)
    i = start
    while i + n <= h:
        k = 0
        while k < n and __load8(b + 16 + i + k) == __load8(sub + 16 + k):
            k = k + 1
        if k == n:
            return i
        i = i + 1
    return -1


def bytes_contains(sub: int, b: int) -> bool:
    return bytes_find(b, sub, 0) >= 0


def bytes_contains_int(v: int, b: int) -> bool:
    if v < 0 or v > 255:
        fail_text("ValueError", "byte must be in range(0, 256)")
        return False
    n = __load32(b + 8)
    i = 0
    while i < n:
        if __load8(b + 16 + i) == v:
            return True
        i = i + 1
    return False


def bytes_from_list(lst: int) -> int:
    n = __load32(lst + 8)
    i = 0
    while i < n:
        v = __load64(__load32(lst + 16) + 16 + i * 8)
        if v < 0 or v > 255:
            fail_text("ValueError", "bytes must be in range(0, 256)")
            return 0
        i = i + 1
    p = bytes_new(n)
    i = 0
    while i < n:
        __store8(p + 16 + i, __load64(__load32(lst + 16) + 16 + i * 8))
        i = i + 1
    return p


def bytes_zeros(n: int) -> int:
    if n < 0:
        fail_text("ValueError", "negative count")
        return 0
    return bytes_new(n)


def str_encode(s: int) -> int:
    return bytes_from_mem(s + 16, __load32(s + 8))


def bytes_decode(b: int) -> int:
    # strict UTF-8 (no surrogates, no overlong forms), with CPython's error messages
    n = __load32(b + 8)
    at = b + 16
    i = 0
    cps = 0
    while i < n:
        c = __load8(at + i)
        w = 1
        lo = 128
        hi = 191
        if c >= 128:
            if c >= 194 and c <= 223:
                w = 2
            elif c >= 224 and c <= 239:
                w = 3
                if c == 224:
                    lo = 160
                elif c == 237:
                    hi = 159
            elif c >= 240 and c <= 244:
                w = 4
                if c == 240:
                    lo = 144
                elif c == 244:
                    hi = 143
            else:
                utf8_error(c, i, i, 0)
                return 0
            k = 1
            while k < w:
                if i + k >= n:
                    utf8_error(c, i, n - 1, 2)
                    return 0
                d = __load8(at + i + k)
                if d < lo or d > hi:
                    utf8_error(c, i, i, 1)
                    return 0
                lo = 128
                hi = 191
                k = k + 1
        i = i + w
        cps = cps + 1
    p = str_new(n, cps)
    __memcopy(p + 16, at, n)
    return p


def utf8_error(c: int, first: int, last: int, reason: int) -> None:
    # "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", written in scratch memory
    s = __scratch() + 100
    n = emit_text(s, True, "'utf-8' codec can't decode ")
    if first == last:
        n = n + emit_text(s + n, True, "byte 0x")
        n = n + emit(s + n, True, hex_digit(c >> 4))
        n = n + emit(s + n, True, hex_digit(c & 15))
        n = n + emit_text(s + n, True, " in position ")
        n = n + int_digits(s + n, first)
    else:
        n = n + emit_text(s + n, True, "bytes in position ")
        n = n + int_digits(s + n, first)
        n = n + emit(s + n, True, 45)
        n = n + int_digits(s + n, last)
    n = n + emit_text(s + n, True, ": ")
    if reason == 0:
        n = n + emit_text(s + n, True, "invalid start byte")
    elif reason == 1:
        n = n + emit_text(s + n, True, "invalid continuation byte")
    else:
        n = n + emit_text(s + n, True, "unexpected end of data")
    fail(__addr("UnicodeDecodeError"), str_from_bytes(s, n))


def bytes_hex(b: int) -> int:
    n = __load32(b + 8)
    p = str_new(2 * n, 2 * n)
    i = 0
    while i < n:
        c = __load8(b + 16 + i)
        __store8(p + 16 + 2 * i, hex_digit(c >> 4))
        __store8(p + 17 + 2 * i, hex_digit(c & 15))
        i = i + 1
    return p


def hex_value(c: int) -> int:
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 97 and c <= 102:
        return c - 87
    if c >= 65 and c <= 70:
        return c - 55
    return -1


def bytes_fromhex(s: int) -> int:
    # pairs of hex digits, with ASCII whitespace allowed between pairs
    n = __load32(s + 8)
    p = bytes_new(n // 2)
    k = 0
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        if is_space(c):
            i = i + 1
            continue
        hi = hex_value(c)
        if hi < 0:
            fromhex_error(s, i)
            return 0
        if i + 1 >= n or hex_value(__load8(s + 17 + i)) < 0:
            fromhex_error(s, i + 1)
            return 0
        __store8(p + 16 + k, hi * 16 + hex_value(__load8(s + 17 + i)))
        k = k + 1
        i = i + 2
    __store32(p + 8, k)
    __store32(p + 12, k)
    return p


def fromhex_error(s: int, i: int) -> None:
    # CPython counts the position in code points
    at = __scratch() + 100
    n = emit_text(at, True, "non-hexadecimal number found in fromhex() arg at position ")
    n = n + int_digits(at + n, count_cp(s + 16, i))
    fail(__addr("ValueError"), str_from_bytes(at, n))


def bytes_repr(b: int) -> int:
    n = bytes_repr_write(0, b, False)
    p = str_new(n, n)
    bytes_repr_write(p + 16, b, True)
    return p


def bytes_repr_write(at: int, b: int, write: bool) -> int:
    q = repr_quote(b)
    n = emit(at, write, 98)
    n = n + emit(at + n, write, q)
    n = n + repr_text_write(at + n, b, write, q, True)
    return n + emit(at + n, write, q)

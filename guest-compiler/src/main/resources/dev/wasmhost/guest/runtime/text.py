# Runtime library, part 7: slices and str methods. Slice bounds follow Python's slice.indices():
# flags bit 1 = start given, bit 2 = stop given.

def slice_start(n: int, start: int, step: int, flags: int) -> int:
    if step == 0:
        fail_text("ValueError", "slice step cannot be zero")
    if flags & 1 == 0:
        return 0 if step > 0 else n - 1
    if start < 0:
        start = start + n
        if start < 0:
            start = 0 if step > 0 else -1
    elif start >= n:
        start = n if step > 0 else n - 1
    return start


def slice_stop(n: int, stop: int, step: int, flags: int) -> int:
    if flags & 2 == 0:
        return n if step > 0 else -1
    if stop < 0:
        stop = stop + n
        if stop < 0:
            stop = 0 if step > 0 else -1
    elif stop >= n:
        stop = n if step > 0 else n - 1
    return stop


def slice_count(n: int, start: int, stop: int, step: int, flags: int) -> int:
    lo = slice_start(n, start, step, flags)
    hi = slice_stop(n, stop, step, flags)
    if step > 0:
        if hi > lo:
            return (hi - lo - 1) // step + 1
        return 0
    if lo > hi:
        return (lo - hi - 1) // int_neg(step) + 1
    return 0


def cp_width(lead: int) -> int:
    if lead >= 240:
        return 4
    if lead >= 224:
        return 3
    if lead >= 192:
        return 2
    return 1


def cp_end(s: int, i: int) -> int:
    # byte offset just past code point i - 1 (i may equal the length)
    if i >= __load32(s + 12):
        return __load32(s + 8)
    return cp_offset(s, i)


def str_slice(s: int, start: int, stop: int, step: int, flags: int) -> int:
    n = __load32(s + 12)
    cnt = slice_count(n, start, stop, step, flags)
    lo = slice_start(n, start, step, flags)
    if cnt == 1:
        c = __load8(s + 16 + cp_offset(s, lo))
        if c < 128:
            return ascii_str(c)
    if step == 1:
        a = cp_end(s, lo)
        b = cp_end(s, lo + cnt)
        p = str_new(b - a, cnt)
        __memcopy(p + 16, s + 16 + a, b - a)
        return p
    if __load32(s + 8) == n:
        p = str_new(cnt, cnt)
        i = 0
        while i < cnt:
            __store8(p + 16 + i, __load8(s + 16 + lo + i * step))
            i = i + 1
        return p
    nb = 0
    i = 0
    while i < cnt:
        nb = nb + cp_width(__load8(s + 16 + cp_offset(s, lo + i * step)))
        i = i + 1
    p = str_new(nb, cnt)
    at = p + 16
    i = 0
    while i < cnt:
        off = cp_offset(s, lo + i * step)
        w = cp_width(__load8(s + 16 + off))
        __memcopy(at, s + 16 + off, w)
        at = at + w
        i = i + 1
    return p


def byte_find(hay: int, needle: int, from_byte: int) -> int:
    n = __load32(needle + 8)
    h = __load32(hay + 8)
    i = from_byte
    while i + n <= h:
        if bytes_cmp(hay + 16 + i, needle + 16, n) == 0:
            return i
        i = i + 1
    return -1


def str_find(s: int, sub: int) -> int:
    b = byte_find(s, sub, 0)
    if b < 0:
        return -1
    return count_cp(s + 16, b)


def str_index(s: int, sub: int) -> int:
    i = str_find(s, sub)
    if i < 0:
        fail_text("ValueError", "substring not found")
    return i


def str_count(s: int, sub: int) -> int:
    n = __load32(sub + 8)
    if n == 0:
        return __load32(s + 12) + 1
    c = 0
    i = byte_find(s, sub, 0)
    while i >= 0:
        c = c + 1
        i = byte_find(s, sub, i + n)
    return c


def str_startswith(s: int, prefix: int) -> bool:
    n = __load32(prefix + 8)
    return n <= __load32(s + 8) and bytes_cmp(s + 16, prefix + 16, n) == 0


def str_endswith(s: int, suffix: int) -> bool:
    n = __load32(suffix + 8)
    h = __load32(s + 8)
    return n <= h and bytes_cmp(s + 16 + h - n, suffix + 16, n) == 0


def str_strip_sides(s: int, left: bool, right: bool) -> int:
    # strips ASCII whitespace
    a = 0
    b = __load32(s + 8)
    while left and a < b and is_space(__load8(s + 16 + a)):
        a = a + 1
    while right and b > a and is_space(__load8(s + 16 + b - 1)):
        b = b - 1
    if a == 0 and b == __load32(s + 8):
        return s
    return str_from_bytes(s + 16 + a, b - a)


def str_strip(s: int) -> int:
    return str_strip_sides(s, True, True)


def str_lstrip(s: int) -> int:
    return str_strip_sides(s, True, False)


def str_rstrip(s: int) -> int:
    return str_strip_sides(s, False, True)


def str_replace(s: int, old: int, new: int) -> int:
    n = __load32(old + 8)
    if n == 0:
        fail_text("NotImplementedError", "str.replace() with an empty pattern is not supported by the guest runtime")
    c = str_count(s, old)
    if c == 0:
        return s
    nb = __load32(s + 8) + c * (__load32(new + 8) - n)
    ncp = __load32(s + 12) + c * (__load32(new + 12) - __load32(old + 12))
    p = str_new(nb, ncp)
    at = p + 16
    prev = 0
    i = byte_find(s, old, 0)
    while i >= 0:
        __memcopy(at, s + 16 + prev, i - prev)
        at = at + i - prev
        __memcopy(at, new + 16, __load32(new + 8))
        at = at + __load32(new + 8)
        prev = i + n
        i = byte_find(s, old, prev)
    __memcopy(at, s + 16 + prev, __load32(s + 8) - prev)
    return p


def str_isdigit(s: int) -> bool:
    n = __load32(s + 8)
    if n == 0:
        return False
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        if c < 48 or c > 57:
            return False
        i = i + 1
    return True


def str_isalpha(s: int) -> bool:
    n = __load32(s + 8)
    if n == 0 or n != __load32(s + 12):
        if n != 0:
            fail_text("NotImplementedError", "str.isalpha() of non-ASCII text is not supported by the guest runtime")
        return False
    i = 0
    while i < n:
        c = __load8(s + 16 + i) | 32
        if c < 97 or c > 122:
            return False
        i = i + 1
    return True


def str_isspace(s: int) -> bool:
    n = __load32(s + 8)
    if n == 0:
        return False
    i = 0
    while i < n:
        if not is_space(__load8(s + 16 + i)):
            return False
        i = i + 1
    return True


# split appends to a list the caller created (and roots): every piece is stored as soon as it is
# allocated, and the list's capacity is ensured before the piece is allocated.

def split_piece(lst: int, s: int, a: int, b: int) -> None:
    list_ensure(lst)
    if __load32(s + 8) == __load32(s + 12):
        # a piece of an ASCII str: as many code points as bytes
        piece = str_new(b - a, b - a)
        __memcopy(piece + 16, s + 16 + a, b - a)
    else:
        piece = str_from_bytes(s + 16 + a, b - a)
    n = __load32(lst + 8)
    __store64(__load32(lst + 16) + 16 + n * 8, piece)
    __store32(lst + 8, n + 1)


def str_split_ws(s: int, lst: int) -> int:
    n = __load32(s + 8)
    i = 0
    while i < n:
        while i < n and is_space(__load8(s + 16 + i)):
            i = i + 1
        if i >= n:
            return lst
        j = i
        while j < n and not is_space(__load8(s + 16 + j)):
            j = j + 1
        split_piece(lst, s, i, j)
        i = j
    return lst


def str_split_sep(s: int, sep: int, lst: int) -> int:
    m = __load32(sep + 8)
    if m == 0:
        fail_text("ValueError", "empty separator")
    prev = 0
    i = byte_find(s, sep, 0)
    while i >= 0:
        split_piece(lst, s, prev, i)
        prev = i + m
        i = byte_find(s, sep, prev)
    split_piece(lst, s, prev, __load32(s + 8))
    return lst

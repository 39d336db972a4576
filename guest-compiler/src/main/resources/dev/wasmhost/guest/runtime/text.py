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
    a = 0
    b = __load32(s + 8)
    if b == __load32(s + 12):
        while left and a < b and is_str_space(__load8(s + 16 + a)):
            a = a + 1
        while right and b > a and is_str_space(__load8(s + 16 + b - 1)):
            b = b - 1
    else:
        # non-ASCII text: Unicode whitespace too
        while left and a < b and space_len_at(s + 16, a, b) > 0:
            a = a + space_len_at(s + 16, a, b)
        while right and b > a and space_len_before(s + 16, b) > 0:
            b = b - space_len_before(s + 16, b)
    if a == 0 and b == __load32(s + 8):
        return s
    return str_from_bytes(s + 16 + a, b - a)


def str_strip(s: int) -> int:
    return str_strip_sides(s, True, True)


def str_lstrip(s: int) -> int:
    return str_strip_sides(s, True, False)


def str_rstrip(s: int) -> int:
    return str_strip_sides(s, False, True)


def str_replace(s: int, old: int, new: int, count: int) -> int:
    # s.replace(old, new, count); a negative count replaces every occurrence
    n = __load32(old + 8)
    if n == 0:
        return str_insert_between(s, new, count)
    c = str_count(s, old)
    if count >= 0 and count < c:
        c = count
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
        c = c - 1
        i = byte_find(s, old, prev) if c > 0 else -1
    __memcopy(at, s + 16 + prev, __load32(s + 8) - prev)
    return p


def str_insert_between(s: int, new: int, count: int) -> int:
    # s.replace("", new, count): new before each of the first count code points (and after the
    # last one when count allows), as CPython does
    ncp = __load32(s + 12)
    c = ncp + 1
    if count >= 0 and count < c:
        c = count
    if c == 0:
        return s
    nb = __load32(s + 8)
    m = __load32(new + 8)
    p = str_new(nb + c * m, ncp + c * __load32(new + 12))
    at = p + 16
    i = 0
    k = 0
    while k < c:
        __memcopy(at, new + 16, m)
        at = at + m
        if i < nb:
            w = cp_width(__load8(s + 16 + i))
            __memcopy(at, s + 16 + i, w)
            at = at + w
            i = i + w
        k = k + 1
    __memcopy(at, s + 16 + i, nb - i)
    return p


def str_isdigit(s: int) -> bool:
    n = __load32(s + 8)
    if n == 0:
        return False
    if n != __load32(s + 12):
        return uni_all(s, 4)  # UNI_DIGIT
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        if c < 48 or c > 57:
            return False
        i = i + 1
    return True


def str_isalpha(s: int) -> bool:
    n = __load32(s + 8)
    if n == 0:
        return False
    if n != __load32(s + 12):
        return uni_all(s, 1)  # UNI_ALPHA
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
    if n != __load32(s + 12):
        return uni_all(s, 256)  # UNI_SPACE
    i = 0
    while i < n:
        if not is_str_space(__load8(s + 16 + i)):
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
    if n != __load32(s + 12):
        return str_split_ws_max(s, -1, lst)
    i = 0
    while i < n:
        while i < n and is_str_space(__load8(s + 16 + i)):
            i = i + 1
        if i >= n:
            return lst
        j = i
        while j < n and not is_str_space(__load8(s + 16 + j)):
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


# ---- str methods (session 6). Start/end arguments follow CPython's ADJUST_INDICES: end is clipped
# to [0, n], start only from below (a start past the end finds nothing). Searches work on the UTF-8
# bytes: a match of a whole (valid UTF-8) str always begins on a code point boundary.

def range_lo(n: int, start: int) -> int:
    if start < 0:
        start = start + n
        if start < 0:
            start = 0
    return start


def range_hi(n: int, end: int) -> int:
    if end > n:
        return n
    if end < 0:
        end = end + n
        if end < 0:
            end = 0
    return end


def str_sub(s: int, a: int, b: int) -> int:
    # the str of bytes [a, b) of s (both on code point boundaries); allocates at most once
    if a == 0 and b == __load32(s + 8):
        return s
    if b <= a:
        return __addr("")
    if b - a == 1:
        # one byte on a boundary is an ASCII character
        return ascii_str(__load8(s + 16 + a))
    if __load32(s + 8) == __load32(s + 12):
        p = str_new(b - a, b - a)
        __memcopy(p + 16, s + 16 + a, b - a)
        return p
    return str_from_bytes(s + 16 + a, b - a)


def byte_find_in(s: int, sub: int, a: int, b: int) -> int:
    # the first byte offset in [a, b - len(sub)] where sub occurs, or -1
    m = __load32(sub + 8)
    i = a
    while i + m <= b:
        if bytes_cmp(s + 16 + i, sub + 16, m) == 0:
            return i
        i = i + 1
    return -1


def byte_rfind_in(s: int, sub: int, a: int, b: int) -> int:
    # the last byte offset in [a, b - len(sub)] where sub occurs, or -1
    m = __load32(sub + 8)
    i = b - m
    while i >= a:
        if bytes_cmp(s + 16 + i, sub + 16, m) == 0:
            return i
        i = i - 1
    return -1


def str_search(s: int, sub: int, start: int, end: int, rev: bool) -> int:
    n = __load32(s + 12)
    lo = range_lo(n, start)
    hi = range_hi(n, end)
    m = __load32(sub + 12)
    if hi - lo < m:
        return -1
    if m == 0:
        return hi if rev else lo
    a = cp_end(s, lo)
    b = cp_end(s, hi)
    i = byte_rfind_in(s, sub, a, b) if rev else byte_find_in(s, sub, a, b)
    if i < 0 or __load32(s + 8) == n:
        return i
    return count_cp(s + 16, i)


def str_find_in(s: int, sub: int, start: int, end: int) -> int:
    return str_search(s, sub, start, end, False)


def str_rfind_in(s: int, sub: int, start: int, end: int) -> int:
    return str_search(s, sub, start, end, True)


def str_index_in(s: int, sub: int, start: int, end: int) -> int:
    i = str_search(s, sub, start, end, False)
    if i < 0:
        fail_text("ValueError", "substring not found")
    return i


def str_rindex_in(s: int, sub: int, start: int, end: int) -> int:
    i = str_search(s, sub, start, end, True)
    if i < 0:
        fail_text("ValueError", "substring not found")
    return i


def str_count_in(s: int, sub: int, start: int, end: int) -> int:
    n = __load32(s + 12)
    lo = range_lo(n, start)
    hi = range_hi(n, end)
    m = __load32(sub + 12)
    if hi - lo < m:
        return 0
    if m == 0:
        return hi - lo + 1
    b = cp_end(s, hi)
    mb = __load32(sub + 8)
    c = 0
    i = byte_find_in(s, sub, cp_end(s, lo), b)
    while i >= 0:
        c = c + 1
        i = byte_find_in(s, sub, i + mb, b)
    return c


def str_tailmatch(s: int, sub: int, start: int, end: int, at_end: bool) -> bool:
    n = __load32(s + 12)
    lo = range_lo(n, start)
    hi = range_hi(n, end)
    if hi - __load32(sub + 12) < lo:
        return False
    mb = __load32(sub + 8)
    a = cp_end(s, lo)
    b = cp_end(s, hi)
    if at_end:
        return b - mb >= a and bytes_cmp(s + 16 + b - mb, sub + 16, mb) == 0
    return a + mb <= b and bytes_cmp(s + 16 + a, sub + 16, mb) == 0


def str_startswith_in(s: int, prefix: int, start: int, end: int) -> bool:
    return str_tailmatch(s, prefix, start, end, False)


def str_endswith_in(s: int, suffix: int, start: int, end: int) -> bool:
    return str_tailmatch(s, suffix, start, end, True)


def str_removeprefix(s: int, prefix: int) -> int:
    if str_startswith(s, prefix):
        return str_sub(s, __load32(prefix + 8), __load32(s + 8))
    return s


def str_removesuffix(s: int, suffix: int) -> int:
    if __load32(suffix + 8) > 0 and str_endswith(s, suffix):
        return str_sub(s, 0, __load32(s + 8) - __load32(suffix + 8))
    return s


def str_part(s: int, sep: int, tup: int, rev: bool) -> int:
    # fills tup, a tuple of three strs created (as three "") and rooted by the caller; each piece is
    # stored into it as soon as it is allocated
    m = __load32(sep + 8)
    if m == 0:
        fail_text("ValueError", "empty separator")
        return tup
    nb = __load32(s + 8)
    i = byte_rfind_in(s, sep, 0, nb) if rev else byte_find_in(s, sep, 0, nb)
    if i < 0:
        __store64(tup + 32 if rev else tup + 16, s)
        return tup
    __store64(tup + 16, str_sub(s, 0, i))
    __store64(tup + 24, sep)
    __store64(tup + 32, str_sub(s, i + m, nb))
    return tup


def str_partition(s: int, sep: int, tup: int) -> int:
    return str_part(s, sep, tup, False)


def str_rpartition(s: int, sep: int, tup: int) -> int:
    return str_part(s, sep, tup, True)


def line_break(s: int, i: int, n: int) -> int:
    # the byte length of the line boundary at byte i of s (CPython's: \n \r \r\n \v \f \x1c \x1d \x1e
    # \x85 \u2028 \u2029), or 0
    c = __load8(s + 16 + i)
    if c == 10 or c == 11 or c == 12 or c == 28 or c == 29 or c == 30:
        return 1
    if c == 13:
        if i + 1 < n and __load8(s + 17 + i) == 10:
            return 2
        return 1
    if c == 194 and __load8(s + 17 + i) == 133:
        return 2
    if c == 226 and __load8(s + 17 + i) == 128 and (__load8(s + 18 + i) == 168 or __load8(s + 18 + i) == 169):
        return 3
    return 0


def str_splitlines(s: int, keepends: bool, lst: int) -> int:
    n = __load32(s + 8)
    start = 0
    i = 0
    while i < n:
        w = line_break(s, i, n)
        if w > 0:
            split_piece(lst, s, start, i + w if keepends else i)
            i = i + w
            start = i
        else:
            i = i + 1
    if start < n:
        split_piece(lst, s, start, n)
    return lst


def str_split_max(s: int, sep: int, maxsplit: int, lst: int) -> int:
    # at most maxsplit splits (none if it is 0, all if it is negative)
    m = __load32(sep + 8)
    if m == 0:
        fail_text("ValueError", "empty separator")
        return lst
    nb = __load32(s + 8)
    prev = 0
    i = byte_find_in(s, sep, 0, nb)
    while i >= 0 and maxsplit != 0:
        split_piece(lst, s, prev, i)
        prev = i + m
        maxsplit = maxsplit - 1
        i = byte_find_in(s, sep, prev, nb)
    split_piece(lst, s, prev, nb)
    return lst


def str_split_ws_max(s: int, maxsplit: int, lst: int) -> int:
    # after maxsplit splits the rest is one piece, its trailing whitespace kept
    # (a negative maxsplit: no limit; Unicode whitespace separates too)
    n = __load32(s + 8)
    at = s + 16
    i = 0
    while i < n:
        while i < n and space_len_at(at, i, n) > 0:
            i = i + space_len_at(at, i, n)
        if i >= n:
            return lst
        if maxsplit == 0:
            split_piece(lst, s, i, n)
            return lst
        j = i
        while j < n and space_len_at(at, j, n) == 0:
            j = j + 1
        split_piece(lst, s, i, j)
        maxsplit = maxsplit - 1
        i = j
    return lst


def str_rsplit_ws(s: int, maxsplit: int, lst: int) -> int:
    # pieces from the right, then the list is reversed
    j = __load32(s + 8)
    at = s + 16
    while j > 0:
        while j > 0 and space_len_before(at, j) > 0:
            j = j - space_len_before(at, j)
        if j == 0:
            list_reverse(lst)
            return lst
        if maxsplit == 0:
            split_piece(lst, s, 0, j)
            list_reverse(lst)
            return lst
        i = j
        while i > 0 and space_len_before(at, i) == 0:
            i = cp_start_before(at, i)
        split_piece(lst, s, i, j)
        maxsplit = maxsplit - 1
        j = i
    list_reverse(lst)
    return lst


def str_rsplit_sep(s: int, sep: int, maxsplit: int, lst: int) -> int:
    m = __load32(sep + 8)
    if m == 0:
        fail_text("ValueError", "empty separator")
        return lst
    end = __load32(s + 8)
    i = byte_rfind_in(s, sep, 0, end)
    while i >= 0 and maxsplit != 0:
        split_piece(lst, s, i + m, end)
        end = i
        maxsplit = maxsplit - 1
        i = byte_rfind_in(s, sep, 0, end)
    split_piece(lst, s, 0, end)
    list_reverse(lst)
    return lst


def cp_among(at: int, w: int, chars: int) -> bool:
    # whether the code point of w bytes at address at is one of the code points of the str chars
    m = __load32(chars + 8)
    i = 0
    while i + w <= m:
        if bytes_cmp(at, chars + 16 + i, w) == 0:
            return True
        i = i + 1
    return False


def str_strip_chars_sides(s: int, chars: int, left: bool, right: bool) -> int:
    a = 0
    b = __load32(s + 8)
    while left and a < b:
        w = cp_width(__load8(s + 16 + a))
        if not cp_among(s + 16 + a, w, chars):
            break
        a = a + w
    while right and b > a:
        k = b - 1
        while __load8(s + 16 + k) & 192 == 128:
            k = k - 1
        if not cp_among(s + 16 + k, b - k, chars):
            break
        b = k
    return str_sub(s, a, b)


def str_strip_chars(s: int, chars: int) -> int:
    return str_strip_chars_sides(s, chars, True, True)


def str_lstrip_chars(s: int, chars: int) -> int:
    return str_strip_chars_sides(s, chars, True, False)


def str_rstrip_chars(s: int, chars: int) -> int:
    return str_strip_chars_sides(s, chars, False, True)


def str_pad(s: int, left: int, right: int, fill: int) -> int:
    # s with left copies of the one-character str fill before it and right copies after it
    if __load32(fill + 12) != 1:
        fail_text("TypeError", "The fill character must be exactly one character long")
        return s
    if left <= 0 and right <= 0:
        return s
    if left + right > 1 << 30:
        fatal(__addr("MemoryError"), __addr(""))
    fb = __load32(fill + 8)
    nb = __load32(s + 8)
    total = nb + (left + right) * fb
    if total > 1 << 30:
        fatal(__addr("MemoryError"), __addr(""))
    p = str_new(total, __load32(s + 12) + left + right)
    at = p + 16
    if fb == 1:
        __memfill(at, __load8(fill + 16), left)
        at = at + left
    else:
        k = 0
        while k < left:
            __memcopy(at, fill + 16, fb)
            at = at + fb
            k = k + 1
    __memcopy(at, s + 16, nb)
    at = at + nb
    if fb == 1:
        __memfill(at, __load8(fill + 16), right)
    else:
        k = 0
        while k < right:
            __memcopy(at, fill + 16, fb)
            at = at + fb
            k = k + 1
    return p


def str_ljust(s: int, width: int, fill: int) -> int:
    if width <= __load32(s + 12):
        return str_pad(s, 0, 0, fill)
    return str_pad(s, 0, width - __load32(s + 12), fill)


def str_rjust(s: int, width: int, fill: int) -> int:
    if width <= __load32(s + 12):
        return str_pad(s, 0, 0, fill)
    return str_pad(s, width - __load32(s + 12), 0, fill)


def str_center(s: int, width: int, fill: int) -> int:
    # CPython's rule: the odd extra column goes left only when both the margin and width are odd
    if width <= __load32(s + 12):
        return str_pad(s, 0, 0, fill)
    marg = width - __load32(s + 12)
    left = marg // 2 + (marg & width & 1)
    return str_pad(s, left, marg - left, fill)


def str_zfill(s: int, width: int) -> int:
    n = __load32(s + 12)
    if width <= n:
        return s
    fill = width - n
    p = str_pad(s, fill, 0, ascii_str(48))
    if n > 0:
        c = __load8(s + 16)
        if c == 43 or c == 45:
            __store8(p + 16, c)
            __store8(p + 16 + fill, 48)
    return p


def str_recase(s: int, mode: int) -> int:
    # ASCII only: mode 0 title(), 1 capitalize(), 2 swapcase()
    n = __load32(s + 8)
    p = str_new(n, n)
    prev_cased = False
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        upper = c >= 65 and c <= 90
        lower = c >= 97 and c <= 122
        if mode == 2:
            if upper or lower:
                c = c ^ 32
        elif mode == 1:
            if i == 0:
                if lower:
                    c = c - 32
            elif upper:
                c = c + 32
        else:
            if prev_cased:
                if upper:
                    c = c + 32
            elif lower:
                c = c - 32
            prev_cased = upper or lower
        __store8(p + 16 + i, c)
        i = i + 1
    return p


def str_title(s: int) -> int:
    if __load32(s + 8) != __load32(s + 12):
        return uni_recase(s, 2)
    return str_recase(s, 0)


def str_capitalize(s: int) -> int:
    if __load32(s + 8) != __load32(s + 12):
        return uni_recase(s, 3)
    return str_recase(s, 1)


def str_swapcase(s: int) -> int:
    if __load32(s + 8) != __load32(s + 12):
        return uni_recase(s, 4)
    return str_recase(s, 2)


def str_iscase(s: int, upper: bool) -> bool:
    # at least one cased character and none of the other case
    n = __load32(s + 8)
    cased = False
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        if c >= 65 and c <= 90:
            if not upper:
                return False
            cased = True
        elif c >= 97 and c <= 122:
            if upper:
                return False
            cased = True
        i = i + 1
    return cased


def str_islower(s: int) -> bool:
    if __load32(s + 8) != __load32(s + 12):
        return uni_iscase(s, False)
    return str_iscase(s, False)


def str_isupper(s: int) -> bool:
    if __load32(s + 8) != __load32(s + 12):
        return uni_iscase(s, True)
    return str_iscase(s, True)


def str_isalnum(s: int) -> bool:
    n = __load32(s + 8)
    if n != __load32(s + 12):
        return uni_all(s, 15)  # UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC
    if n == 0:
        return False
    i = 0
    while i < n:
        c = __load8(s + 16 + i)
        if not (c >= 48 and c <= 57 or (c | 32) >= 97 and (c | 32) <= 122):
            return False
        i = i + 1
    return True


def str_isnumeric(s: int) -> bool:
    # isnumeric() and isdecimal() are isdigit() for ASCII text
    if __load32(s + 8) != __load32(s + 12):
        return uni_all(s, 8)  # UNI_NUMERIC
    return str_isdigit(s)


def str_isdecimal(s: int) -> bool:
    if __load32(s + 8) != __load32(s + 12):
        return uni_all(s, 2)  # UNI_DECIMAL
    return str_isdigit(s)


def str_isascii(s: int) -> bool:
    return __load32(s + 8) == __load32(s + 12)


def is_str_space(c: int) -> bool:
    # an ASCII whitespace character for str methods (str.isspace()): also the separators \x1c-\x1f,
    # which int() and bytes methods do not skip
    return c == 32 or c >= 9 and c <= 13 or c >= 28 and c <= 31


def range_len(start: int, stop: int, step: int) -> int:
    # len(range(start, stop, step)); the span stop - start may pass 2**63 (wrapping here)
    if step == 0:
        fail_text("ValueError", "range() arg 3 must not be zero")
    if step > 0:
        if stop <= start:
            return 0
        span = stop - start - 1
        if span < 0:
            fail_text("OverflowError", "range too large for 64 bits")
        return span // step + 1
    if start <= stop:
        return 0
    span = start - stop - 1
    if span < 0:
        fail_text("OverflowError", "range too large for 64 bits")
    return span // int_neg(step) + 1


def range_contains(v: int, start: int, stop: int, step: int) -> bool:
    # v in range(start, stop, step)
    if step == 0:
        fail_text("ValueError", "range() arg 3 must not be zero")
    if step > 0:
        if v < start or v >= stop:
            return False
        d = v - start
    else:
        if v > start or v <= stop:
            return False
        d = start - v
        step = int_neg(step)
    if d < 0:
        fail_text("OverflowError", "range too large for 64 bits")
    return d % step == 0

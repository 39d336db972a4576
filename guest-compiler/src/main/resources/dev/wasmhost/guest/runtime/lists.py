# Runtime library, part 8: more list and dict methods, and sorting.

def dict_value_at(d: int, i: int) -> int:
    return __load64(__load32(d + 16) + 16 + i * 8)


def list_slot(lst: int, i: int) -> int:
    return __load32(lst + 16) + 16 + i * 8


def list_extend(a: int, b: int) -> None:
    n = __load32(b + 8)
    i = 0
    while i < n:
        list_append(a, __load64(list_slot(b, i)))
        i = i + 1


def list_insert(lst: int, i: int, v: int) -> None:
    n = __load32(lst + 8)
    if i < 0:
        i = i + n
        if i < 0:
            i = 0
    if i > n:
        i = n
    list_ensure(lst)
    __memcopy(list_slot(lst, i + 1), list_slot(lst, i), (n - i) * 8)
    __store64(list_slot(lst, i), v)
    __store32(lst + 8, n + 1)


def list_reverse(lst: int) -> None:
    i = 0
    j = __load32(lst + 8) - 1
    while i < j:
        t = __load64(list_slot(lst, i))
        __store64(list_slot(lst, i), __load64(list_slot(lst, j)))
        __store64(list_slot(lst, j), t)
        i = i + 1
        j = j - 1


def list_clear(lst: int) -> None:
    __store32(lst + 8, 0)


def list_find_at(lst: int, v: int) -> int:
    desc = __load32(lst + 20)
    i = 0
    while i < __load32(lst + 8):
        if slot_eq(__load64(list_slot(lst, i)), v, desc):
            return i
        i = i + 1
    return -1


def list_find(lst: int, v: int) -> int:
    i = list_find_at(lst, v)
    if i < 0:
        # the message is measured, then written into one allocation
        desc = __load32(lst + 20)
        suffix = " is not in list"
        n = repr_write(0, v, desc, False) + __load32(__addr(suffix) + 8)
        p = str_new(n, 0)
        m = repr_write(p + 16, v, desc, True)
        emit_text(p + 16 + m, True, suffix)
        __store32(p + 12, count_cp(p + 16, n))
        fail(__addr("ValueError"), p)
        return 0
    return i


def tuple_find(lst: int, v: int) -> int:
    # t.index(v) of a tuple[T, ...] (laid out like a list)
    i = list_find_at(lst, v)
    if i < 0:
        fail_text("ValueError", "tuple.index(x): x not in tuple")
        return 0
    return i


def list_count(lst: int, v: int) -> int:
    desc = __load32(lst + 20)
    c = 0
    i = 0
    while i < __load32(lst + 8):
        if slot_eq(__load64(list_slot(lst, i)), v, desc):
            c = c + 1
        i = i + 1
    return c


def list_remove(lst: int, v: int) -> None:
    i = list_find_at(lst, v)
    if i < 0:
        fail_text("ValueError", "list.remove(x): x not in list")
    n = __load32(lst + 8)
    __memcopy(list_slot(lst, i), list_slot(lst, i + 1), (n - i - 1) * 8)
    __store32(lst + 8, n - 1)


def list_any(lst: int) -> bool:
    i = 0
    while i < __load32(lst + 8):
        if __load64(list_slot(lst, i)) != 0:
            return True
        i = i + 1
    return False


def list_all(lst: int) -> bool:
    i = 0
    while i < __load32(lst + 8):
        if __load64(list_slot(lst, i)) == 0:
            return False
        i = i + 1
    return True


def tuple_item_desc(desc: int, i: int) -> int:
    return __load32(__load32(desc + 12) + i * 4)


def slot_cmp(a: int, b: int, desc: int) -> int:
    # -1, 0 or 1 for values of an orderable type (int, float, bool, str, tuples and lists of them)
    k = __load32(desc)
    if k == 4:
        return str_cmp(a, b)
    if k == 12:
        return bytes_order(a, b)
    if k == 9:
        return tuple_cmp(a, b, desc)
    if k == 6 or k == 13:
        return list_cmp(a, b, desc)
    if k == 2:
        fa = __bits_float(a)
        fb = __bits_float(b)
        if fa < fb:
            return -1
        return 1 if fa > fb else 0
    if a < b:
        return -1
    return 1 if a > b else 0


def list_cmp(a: int, b: int, desc: int) -> int:
    # -1, 0 or 1: lists item by item, then by length
    item = __load32(desc + 4)
    na = __load32(a + 8)
    nb = __load32(b + 8)
    i = 0
    while i < na and i < nb:
        c = slot_cmp(__load64(__load32(a + 16) + 16 + i * 8), __load64(__load32(b + 16) + 16 + i * 8), item)
        if c != 0:
            return c
        i = i + 1
    if na < nb:
        return -1
    return 1 if na > nb else 0


def tuple_cmp(a: int, b: int, desc: int) -> int:
    i = 0
    while i < __load32(desc + 4):
        c = slot_cmp(__load64(a + 16 + i * 8), __load64(b + 16 + i * 8), tuple_item_desc(desc, i))
        if c != 0:
            return c
        i = i + 1
    return 0


def slot_lt(a: int, b: int, kind: int, desc: int) -> bool:
    if kind == 9:
        return tuple_cmp(a, b, desc) < 0
    if kind == 6 or kind == 13:
        return list_cmp(a, b, desc) < 0
    if kind == 4:
        return str_cmp(a, b) < 0
    if kind == 12:
        return bytes_order(a, b) < 0
    if kind == 2:
        return __bits_float(a) < __bits_float(b)
    return a < b


def list_sort(lst: int) -> None:
    # stable merge sort (as CPython's sort is stable); one scratch array allocation
    n = __load32(lst + 8)
    if n < 2:
        return
    kind = __load32(__load32(lst + 20))
    if kind != 1 and kind != 2 and kind != 3 and kind != 4 and kind != 6 and kind != 9 and kind != 12 and kind != 13:
        fail_text("TypeError", "sorting lists of this element type is not supported by the guest runtime")
    tmp = array_new(n, __load32(lst + 20))
    data = __load32(lst + 16)
    width = 1
    src = data + 16
    dst = tmp + 16
    while width < n:
        lo = 0
        while lo < n:
            mid = lo + width if lo + width < n else n
            hi = lo + 2 * width if lo + 2 * width < n else n
            i = lo
            j = mid
            k = lo
            while k < hi:
                if i < mid and (j >= hi or not slot_lt(__load64(src + j * 8), __load64(src + i * 8), kind, __load32(lst + 20))):
                    __store64(dst + k * 8, __load64(src + i * 8))
                    i = i + 1
                else:
                    __store64(dst + k * 8, __load64(src + j * 8))
                    j = j + 1
                k = k + 1
            lo = hi
        t = src
        src = dst
        dst = t
        width = width * 2
    if src != data + 16:
        __memcopy(data + 16, src, n * 8)


# ---- sets (dicts whose values are never read)

def dict_delete(d: int, k: int) -> bool:
    forget_found()
    # removes key k: its index slot by backward-shift deletion (linear probing), and its entry by
    # moving the last entry into its place (so entries stay dense; the order is not kept)
    index = __load32(d + 20)
    if index == 0:
        return False
    kdesc = __load32(__load32(d + 24) + 4)
    mask = __load32(index + 8) - 1
    keys = __load32(d + 12)
    vals = __load32(d + 16)
    h = hash_slot(k, kdesc) & mask
    e = __load64(index + 16 + h * 8)
    while e != 0 and not slot_eq(__load64(keys + 16 + (e - 1) * 8), k, kdesc):
        h = (h + 1) & mask
        e = __load64(index + 16 + h * 8)
    if e == 0:
        return False
    hole = h
    j = (h + 1) & mask
    f = __load64(index + 16 + j * 8)
    while f != 0:
        ideal = hash_slot(__load64(keys + 16 + (f - 1) * 8), kdesc) & mask
        if (j > hole and (ideal <= hole or ideal > j)) or (j < hole and ideal <= hole and ideal > j):
            __store64(index + 16 + hole * 8, f)
            hole = j
        j = (j + 1) & mask
        f = __load64(index + 16 + j * 8)
    __store64(index + 16 + hole * 8, 0)
    i = e - 1
    n = __load32(d + 8) - 1
    if i != n:
        last = __load64(keys + 16 + n * 8)
        __store64(keys + 16 + i * 8, last)
        __store64(vals + 16 + i * 8, __load64(vals + 16 + n * 8))
        g = hash_slot(last, kdesc) & mask
        while __load64(index + 16 + g * 8) != n + 1:
            g = (g + 1) & mask
        __store64(index + 16 + g * 8, i + 1)
    # the collector traces every slot of the arrays: no stale reference may stay behind
    __store64(keys + 16 + n * 8, 0)
    __store64(vals + 16 + n * 8, 0)
    __store32(d + 8, n)
    return True


def set_clear(d: int) -> None:
    forget_found()
    __store32(d + 8, 0)
    __store32(d + 12, 0)
    __store32(d + 16, 0)
    __store32(d + 20, 0)
    __store32(d + 28, 0)


def list_reserve(lst: int, want: int) -> None:
    # makes room for want elements (at least doubling, as list_ensure does)
    cap = __load32(lst + 12)
    if cap >= want:
        return
    ncap = cap * 2
    if ncap < want:
        ncap = want
    if ncap < 4:
        ncap = 4
    arr = array_new(ncap, __load32(lst + 20))
    n = __load32(lst + 8)
    if n > 0:
        __memcopy(arr + 16, __load32(lst + 16) + 16, n * 8)
    __store32(lst + 16, arr)
    __store32(lst + 12, ncap)


def list_set_slice(lst: int, start: int, stop: int, step: int, flags: int, src: int) -> None:
    # lst[start:stop:step] = src, src a list that is not lst (the caller passes a copy): a simple
    # slice is replaced, growing or shrinking the list; an extended one takes as many items as it has
    n = __load32(lst + 8)
    m = __load32(src + 8)
    if step == 1:
        lo = slice_start(n, start, 1, flags)
        hi = slice_stop(n, stop, 1, flags)
        if hi < lo:
            hi = lo
        list_reserve(lst, n - (hi - lo) + m)
        __memcopy(list_slot(lst, lo + m), list_slot(lst, hi), (n - hi) * 8)
        __memcopy(list_slot(lst, lo), list_slot(src, 0), m * 8)
        if hi - lo > m:
            # the vacated slots hold nothing the collector should keep (as list_pop leaves them)
            __memfill(list_slot(lst, n - (hi - lo) + m), 0, (hi - lo - m) * 8)
        __store32(lst + 8, n - (hi - lo) + m)
        return
    count = slice_count(n, start, stop, step, flags)
    if count != m:
        # "attempt to assign sequence of size M to extended slice of size C", measured, then one allocation
        pre = "attempt to assign sequence of size "
        mid = " to extended slice of size "
        a = int_digits(__scratch(), m)
        np = __load32(__addr(pre) + 8)
        nm = __load32(__addr(mid) + 8)
        total = np + a + nm + int_digits(__scratch(), count)
        p = str_new(total, total)
        __memcopy(p + 16, __addr(pre) + 16, np)
        int_digits(p + 16 + np, m)
        __memcopy(p + 16 + np + a, __addr(mid) + 16, nm)
        int_digits(p + 16 + np + a + nm, count)
        fail(__addr("ValueError"), p)
        return
    i = slice_start(n, start, step, flags)
    k = 0
    while k < m:
        __store64(list_slot(lst, i), __load64(list_slot(src, k)))
        i = i + step
        k = k + 1


def list_del_slice(lst: int, start: int, stop: int, step: int, flags: int) -> None:
    # del lst[start:stop:step]: the items the slice takes are removed, the others keep their order
    n = __load32(lst + 8)
    count = slice_count(n, start, stop, step, flags)
    if count == 0:
        return
    first = slice_start(n, start, step, flags)
    if step < 0:
        # the same items, visited upwards
        first = first + (count - 1) * step
        step = int_neg(step)
    last = first + (count - 1) * step
    out = first
    i = first
    while i < n:
        if i > last or (i - first) % step != 0:
            __store64(list_slot(lst, out), __load64(list_slot(lst, i)))
            out = out + 1
        i = i + 1
    __memfill(list_slot(lst, n - count), 0, count * 8)
    __store32(lst + 8, n - count)


def list_pop_at(lst: int, i: int) -> int:
    # xs.pop(i): the item at i (negative from the end), the later ones moving down
    n = __load32(lst + 8)
    if n == 0:
        fail_text("IndexError", "pop from empty list")
        return 0
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        fail_text("IndexError", "pop index out of range")
        return 0
    v = __load64(list_slot(lst, i))
    __memcopy(list_slot(lst, i), list_slot(lst, i + 1), (n - 1 - i) * 8)
    __store64(list_slot(lst, n - 1), 0)
    __store32(lst + 8, n - 1)
    return v

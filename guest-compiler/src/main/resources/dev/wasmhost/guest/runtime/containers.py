# Runtime library, part 6: list, dict and repr.
# list:  [8] length, [12] capacity, [16] array of 8-byte slots (or 0), [20] element descriptor
# array: [8] slot count, [12] element descriptor (tells the collector whether slots are references)
# dict:  [8] length, [12] keys array, [16] values array, [20] index array, [24] dict descriptor,
#        [28] capacity; entries are dense and insertion ordered, the index is open addressing
#        holding entry number + 1.
# A type descriptor is [0] kind (1 int, 2 float, 3 bool, 4 str, 5 None, 6 list, 7 dict, 13 tuple[T, ...],
# which is laid out like a list), [4] first and [8] second type argument.

def array_new(count: int, desc: int) -> int:
    p = alloc(16 + count * 8, 3)
    __store32(p + 8, count)
    __store32(p + 12, desc)
    return p


def slot_at(arr: int, i: int) -> int:
    return __load64(arr + 16 + i * 8)


def list_new(cap: int, desc: int) -> int:
    # the slot array is allocated by the first append, so that this allocates only once
    p = alloc(24, 2)
    __store32(p + 20, desc)
    return p


def list_append(lst: int, v: int) -> None:
    list_ensure(lst)
    n = __load32(lst + 8)
    __store64(__load32(lst + 16) + 16 + n * 8, v)
    __store32(lst + 8, n + 1)


def list_ensure(lst: int) -> None:
    # makes room for one more element
    n = __load32(lst + 8)
    cap = __load32(lst + 12)
    if n == cap:
        ncap = 4 if cap == 0 else cap * 2
        arr = array_new(ncap, __load32(lst + 20))
        old = __load32(lst + 16)
        if n > 0:
            __memcopy(arr + 16, old + 16, n * 8)
        __store32(lst + 16, arr)
        __store32(lst + 12, ncap)


def list_index(lst: int, i: int) -> int:
    n = __load32(lst + 8)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        fail_text("IndexError", "list index out of range")
    return i


def list_get(lst: int, i: int) -> int:
    i = list_index(lst, i)
    return __load64(__load32(lst + 16) + 16 + i * 8)


def list_set(lst: int, i: int, v: int) -> None:
    n = __load32(lst + 8)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        fail_text("IndexError", "list assignment index out of range")
    __store64(__load32(lst + 16) + 16 + i * 8, v)


def list_pop(lst: int) -> int:
    n = __load32(lst + 8)
    if n == 0:
        fail_text("IndexError", "pop from empty list")
    arr = __load32(lst + 16)
    v = __load64(arr + 16 + (n - 1) * 8)
    __store64(arr + 16 + (n - 1) * 8, 0)
    __store32(lst + 8, n - 1)
    return v


def slot_eq(a: int, b: int, desc: int) -> bool:
    k = __load32(desc)
    if k == 10:
        if a == 0 or b == 0:
            return a == b
        d = __load32(desc + 4)
        if desc_is_ref(d):
            return slot_eq(a, b, d)
        return slot_eq(__load64(a + 16), __load64(b + 16), d)
    if k == 9:
        return tuple_cmp(a, b, desc) == 0
    if k == 4:
        return str_eq(a, b)
    if k == 12:
        return bytes_eq(a, b)
    if k == 2:
        return __bits_float(a) == __bits_float(b)
    if k == 6 or k == 13:
        return list_eq(a, b, desc)
    if k == 7:
        return dict_eq(a, b, desc)
    return a == b


def list_eq(a: int, b: int, desc: int) -> bool:
    # lists (desc: the list's descriptor) are equal when they have equal items in the same order
    if a == b:
        return True
    n = __load32(a + 8)
    if n != __load32(b + 8):
        return False
    return first_difference(a, b, __load32(desc + 4), n) == n


def first_difference(a: int, b: int, item: int, n: int) -> int:
    # the first index below n where lists a and b (items of descriptor item) differ, else n
    i = 0
    while i < n and slot_eq(__load64(__load32(a + 16) + 16 + i * 8), __load64(__load32(b + 16) + 16 + i * 8), item):
        i = i + 1
    return i


def dict_eq(a: int, b: int, desc: int) -> bool:
    # dicts (or sets, whose descriptor has no value type) are equal when they have the same keys,
    # each with an equal value; their order does not matter
    if a == b:
        return True
    n = __load32(a + 8)
    if n != __load32(b + 8):
        return False
    value = __load32(desc + 8)
    i = 0
    while i < n:
        j = dict_find(b, dict_key_at(a, i))
        if j < 0:
            return False
        if value != 0 and not slot_eq(__load64(__load32(a + 16) + 16 + i * 8), __load64(__load32(b + 16) + 16 + j * 8), value):
            return False
        i = i + 1
    return True


def list_order(a: int, b: int, desc: int, op: int) -> bool:
    # a < b (op 0), <= (1), > (2), >= (3) as CPython compares lists: at the first index where the
    # items differ, by those items; else by length
    item = __load32(desc + 4)
    na = __load32(a + 8)
    nb = __load32(b + 8)
    i = first_difference(a, b, item, min(na, nb))
    if i >= na or i >= nb:
        return order_holds(na - nb, op)
    x = __load64(__load32(a + 16) + 16 + i * 8)
    y = __load64(__load32(b + 16) + 16 + i * 8)
    if __load32(item) == 2:
        # floats compare as floats (a nan is neither smaller nor larger)
        fx = __bits_float(x)
        fy = __bits_float(y)
        if op == 0:
            return fx < fy
        if op == 1:
            return fx <= fy
        if op == 2:
            return fx > fy
        return fx >= fy
    return order_holds(slot_cmp(x, y, item), op)


def order_holds(c: int, op: int) -> bool:
    if op == 0:
        return c < 0
    if op == 1:
        return c <= 0
    if op == 2:
        return c > 0
    return c >= 0


def list_contains(v: int, lst: int) -> bool:
    desc = __load32(lst + 20)
    i = 0
    while i < __load32(lst + 8):
        if slot_eq(__load64(__load32(lst + 16) + 16 + i * 8), v, desc):
            return True
        i = i + 1
    return False


def list_sum_int(lst: int) -> int:
    s = 0
    i = 0
    while i < __load32(lst + 8):
        s = int_add(s, list_get(lst, i))
        i = i + 1
    return s


def list_sum_float(lst: int) -> float:
    s = 0.0
    i = 0
    while i < __load32(lst + 8):
        s = s + __bits_float(list_get(lst, i))
        i = i + 1
    return s


def empty_check(lst: int, name: str) -> None:
    if __load32(lst + 8) == 0:
        fail(__addr("ValueError"), __addr(name))


def list_min_int(lst: int) -> int:
    empty_check(lst, "min() arg is an empty sequence")
    m = list_get(lst, 0)
    i = 1
    while i < __load32(lst + 8):
        m = min(m, list_get(lst, i))
        i = i + 1
    return m


def list_max_int(lst: int) -> int:
    empty_check(lst, "max() arg is an empty sequence")
    m = list_get(lst, 0)
    i = 1
    while i < __load32(lst + 8):
        m = max(m, list_get(lst, i))
        i = i + 1
    return m


def list_min_float(lst: int) -> float:
    empty_check(lst, "min() arg is an empty sequence")
    m = __bits_float(list_get(lst, 0))
    i = 1
    while i < __load32(lst + 8):
        m = float_min(m, __bits_float(list_get(lst, i)))
        i = i + 1
    return m


def list_max_float(lst: int) -> float:
    empty_check(lst, "max() arg is an empty sequence")
    m = __bits_float(list_get(lst, 0))
    i = 1
    while i < __load32(lst + 8):
        m = float_max(m, __bits_float(list_get(lst, i)))
        i = i + 1
    return m


# ---- dict

def dict_new(desc: int) -> int:
    p = alloc(32, 4)
    __store32(p + 24, desc)
    return p


def hash_slot(v: int, kdesc: int) -> int:
    kind = __load32(kdesc)
    if kind == 4 or kind == 12:
        # str and bytes: a word at a time, the last word's bytes past the data masked (see data_eq)
        h = -3750763034362895579
        n = __load32(v + 8)
        i = 0
        while i + 8 <= n:
            h = __wrap_mul(h ^ __load64(v + 16 + i), 1099511628211)
            h = h ^ __shr_u(h, 29)
            i = i + 8
        if i < n:
            h = __wrap_mul(h ^ (__load64(v + 16 + i) & tail_mask(n - i)), 1099511628211)
        return h ^ __shr_u(h, 29)
    if kind == 9:
        h = 3430008
        i = 0
        while i < __load32(kdesc + 4):
            h = __wrap_mul(h ^ hash_slot(__load64(v + 16 + i * 8), tuple_item_desc(kdesc, i)), 1000003)
            i = i + 1
        return h ^ __shr_u(h, 29)
    if kind == 13:
        # tuple[T, ...] (laid out like a list): the same mixing as a fixed tuple's, over its length
        h = 3430008
        item = __load32(kdesc + 4)
        i = 0
        while i < __load32(v + 8):
            h = __wrap_mul(h ^ hash_slot(__load64(__load32(v + 16) + 16 + i * 8), item), 1000003)
            i = i + 1
        return h ^ __shr_u(h, 29)
    h = __wrap_mul(v, -7046029254386353131)
    return h ^ __shr_u(h, 32)


def hash_value(v: int, desc: int) -> int:
    # the builtin hash(): CPython's values for int, bool, float and tuples of them (numbers hash to
    # their value modulo the prime 2**61 - 1, tuples combine their items' hashes like CPython's
    # xxHash-based tuple hash); str and bytes hash by content with the runtime's own function
    # (CPython randomises those per process, so no program can depend on their values)
    kind = __load32(desc)
    if kind == 1:
        return hash_int(v)
    if kind == 2:
        return hash_float(v)
    if kind == 9 or kind == 13:
        # a fixed tuple's items follow its header, a tuple[T, ...]'s are in its slot array
        var = kind == 13
        n = __load32(v + 8) if var else __load32(desc + 4)
        items = __load32(v + 16) + 16 if var else v + 16
        acc = 2870177450012600261
        i = 0
        while i < n:
            lane = hash_value(__load64(items + i * 8), __load32(desc + 4) if var else tuple_item_desc(desc, i))
            acc = acc + __wrap_mul(lane, -4417276706812531889)
            acc = (acc << 31) | __shr_u(acc, 33)
            acc = __wrap_mul(acc, -7046029288634856825)
            i = i + 1
        acc = acc + (n ^ 2870177450013471926)
        if acc == -1:
            return 1546275796
        return acc
    if kind == 3:
        return v
    return hash_slot(v, desc)


def hash_int(v: int) -> int:
    r = 0
    if v >= 0:
        r = __rem(v, 2305843009213693951)
    elif v == -9223372036854775807 - 1:
        r = -4
    else:
        r = 0 - __rem(0 - v, 2305843009213693951)
    if r == -1:
        return -2
    return r


def hash_float(bits: int) -> int:
    exp = __shr_u(bits, 52) & 2047
    mant = bits & 4503599627370495
    negative = bits < 0
    if exp == 2047:
        if mant != 0:
            return 0  # nan (CPython hashes each nan object by identity)
        return -314159 if negative else 314159
    k = -1074
    if exp != 0:
        mant = mant | 4503599627370496
        k = exp - 1075
    # |value| = mant * 2**k, and 2**61 is 1 modulo 2**61 - 1: rotate mant left by k mod 61 in 61 bits
    e = __rem(k, 61)
    if e < 0:
        e = e + 61
    x = ((mant << e) & 2305843009213693951) | __shr_u(mant, 61 - e)
    if negative:
        x = 0 - x
    if x == -1:
        return -2
    return x


# The last key dict_find found: (dict, key as passed, entry). `d[k] = d.get(k, 0) + 1` and
# `if k in d: d[k] += 1` look the same key up twice in a row: the second is a comparison. A key is a
# value (int, float, bool) or an immutable object (str, bytes, tuple), so the same word means the same
# key, as long as no collection has freed and reused its address (collect() forgets it) and no entry
# has moved (only removals move entries: dict_delete, dict_remove and set_clear forget it; appending
# an entry or growing the arrays keeps every entry's number).
found_dict: int = 0
found_key: int = 0
found_entry: int = 0


def forget_found() -> None:
    global found_dict
    found_dict = 0


def dict_find(d: int, k: int) -> int:
    global found_dict, found_key, found_entry
    if d == found_dict and k == found_key:
        return found_entry
    index = __load32(d + 20)
    if index == 0:
        return -1
    kdesc = __load32(__load32(d + 24) + 4)
    mask = __load32(index + 8) - 1
    keys = __load32(d + 12)
    h = hash_slot(k, kdesc) & mask
    while True:
        e = __load64(index + 16 + h * 8)
        if e == 0:
            return -1
        if slot_eq(__load64(keys + 16 + (e - 1) * 8), k, kdesc):
            found_dict = d
            found_key = k
            found_entry = e - 1
            return e - 1
        h = (h + 1) & mask


def dict_grow(d: int) -> None:
    n = __load32(d + 8)
    cap = __load32(d + 28)
    ncap = 8 if cap == 0 else cap * 2
    desc = __load32(d + 24)
    # each new array is stored into the (rooted) dict before the next allocation
    keys = array_new(ncap, __load32(desc + 4))
    if n > 0:
        __memcopy(keys + 16, __load32(d + 12) + 16, n * 8)
    __store32(d + 12, keys)
    vals = array_new(ncap, __load32(desc + 8))
    if n > 0:
        __memcopy(vals + 16, __load32(d + 16) + 16, n * 8)
    __store32(d + 16, vals)
    index = array_new(ncap * 2, desc)
    __store32(index + 12, 0)
    __store32(d + 20, index)
    __store32(d + 28, ncap)
    kdesc = __load32(desc + 4)
    i = 0
    while i < n:
        dict_place(index, hash_slot(__load64(keys + 16 + i * 8), kdesc), i)
        i = i + 1


def dict_place(index: int, h: int, entry: int) -> None:
    mask = __load32(index + 8) - 1
    h = h & mask
    while __load64(index + 16 + h * 8) != 0:
        h = (h + 1) & mask
    __store64(index + 16 + h * 8, entry + 1)


def dict_set(d: int, k: int, v: int) -> None:
    i = dict_find(d, k)
    if i >= 0:
        __store64(__load32(d + 16) + 16 + i * 8, v)
        return
    n = __load32(d + 8)
    if n == __load32(d + 28):
        dict_grow(d)
    __store64(__load32(d + 12) + 16 + n * 8, k)
    __store64(__load32(d + 16) + 16 + n * 8, v)
    dict_place(__load32(d + 20), hash_slot(k, __load32(__load32(d + 24) + 4)), n)
    __store32(d + 8, n + 1)


def dict_get(d: int, k: int) -> int:
    i = dict_find(d, k)
    if i < 0:
        fail(__addr("KeyError"), repr(k, __load32(__load32(d + 24) + 4)))
        return 0
    return __load64(__load32(d + 16) + 16 + i * 8)


def dict_get_default(d: int, k: int, default: int) -> int:
    i = dict_find(d, k)
    if i < 0:
        return default
    return __load64(__load32(d + 16) + 16 + i * 8)


def dict_contains(k: int, d: int) -> bool:
    return dict_find(d, k) >= 0


def dict_key_at(d: int, i: int) -> int:
    return __load64(__load32(d + 12) + 16 + i * 8)


# ---- repr: measured first, then written, so that it allocates exactly once

def repr(v: int, desc: int) -> int:
    k = __load32(desc)
    if k == 4:
        return repr_str(v)
    n = repr_write(0, v, desc, False)
    p = str_new(n, 0)
    repr_write(p + 16, v, desc, True)
    __store32(p + 12, count_cp(p + 16, n))
    return p


def repr_str(s: int) -> int:
    n = repr_str_write(0, s, False)
    p = str_new(n, 0)
    repr_str_write(p + 16, s, True)
    __store32(p + 12, count_cp(p + 16, n))
    return p


def desc_of_str() -> int:
    # a descriptor for str built in scratch memory (kind 4, no type arguments)
    d = __scratch() + 944
    __store32(d, 4)
    return d


def emit(at: int, write: bool, c: int) -> int:
    if write:
        __store8(at, c)
    return 1


def emit_text(at: int, write: bool, s: str) -> int:
    n = __load32(__addr(s) + 8)
    if write:
        __memcopy(at, __addr(s) + 16, n)
    return n


def repr_write(at: int, v: int, desc: int, write: bool) -> int:
    # writes (when write is True) or measures the repr of slot value v; returns its length in bytes
    k = __load32(desc)
    if k == 10:
        if v == 0:
            return emit_text(at, write, "None")
        d = __load32(desc + 4)
        if desc_is_ref(d):
            return repr_write(at, v, d, write)
        return repr_write(at, __load64(v + 16), d, write)
    if k == 1:
        n = int_digits(__scratch(), v)
        if write:
            __memcopy(at, __scratch(), n)
        return n
    if k == 2:
        n = float_repr(__scratch(), __bits_float(v))
        if write:
            __memcopy(at, __scratch(), n)
        return n
    if k == 3:
        return emit_text(at, write, "True" if v != 0 else "False")
    if k == 5:
        return emit_text(at, write, "None")
    if k == 4:
        return repr_str_write(at, v, write)
    if k == 12:
        return bytes_repr_write(at, v, write)
    if k == 9 or k == 13:
        # (a, b), (a,) and (): a fixed tuple's items follow its header, a tuple[T, ...]'s are in its slot array
        var = k == 13
        cnt = __load32(v + 8) if var else __load32(desc + 4)
        items = __load32(v + 16) + 16 if var else v + 16
        n = emit(at, write, 40)
        i = 0
        while i < cnt:
            if i > 0:
                n = n + emit_text(at + n, write, ", ")
            n = n + repr_write(at + n, __load64(items + i * 8), __load32(desc + 4) if var else tuple_item_desc(desc, i), write)
            i = i + 1
        if cnt == 1:
            n = n + emit(at + n, write, 44)
        return n + emit(at + n, write, 41)
    if k == 6:
        n = emit(at, write, 91)
        i = 0
        while i < __load32(v + 8):
            if i > 0:
                n = n + emit_text(at + n, write, ", ")
            n = n + repr_write(at + n, list_get(v, i), __load32(desc + 4), write)
            i = i + 1
        return n + emit(at + n, write, 93)
    n = emit(at, write, 123)
    i = 0
    while i < __load32(v + 8):
        if i > 0:
            n = n + emit_text(at + n, write, ", ")
        n = n + repr_write(at + n, __load64(__load32(v + 12) + 16 + i * 8), __load32(desc + 4), write)
        n = n + emit_text(at + n, write, ": ")
        n = n + repr_write(at + n, __load64(__load32(v + 16) + 16 + i * 8), __load32(desc + 8), write)
        i = i + 1
    return n + emit(at + n, write, 125)


def repr_quote(s: int) -> int:
    # The quote repr puts around a str or bytes (both keep their length at +8 and their bytes from
    # +16): a single quote, unless the text has one and no double quote.
    nb = __load32(s + 8)
    has_single = False
    has_double = False
    i = 0
    while i < nb:
        c = __load8(s + 16 + i)
        if c == 39:
            has_single = True
        if c == 34:
            has_double = True
        i = i + 1
    return 34 if has_single and not has_double else 39


def repr_str_write(at: int, s: int, write: bool) -> int:
    q = repr_quote(s)
    n = emit(at, write, q)
    n = n + repr_text_write(at + n, s, write, q, False)
    return n + emit(at + n, write, q)


def repr_text_write(at: int, s: int, write: bool, q: int, high: bool) -> int:
    # The escaped bytes between repr's quotes of a str or bytes (high: bytes, which escape 128-255
    # as \xNN; a str's non-ASCII characters stay as they are when printable, as CPython's repr
    # keeps them, and are escaped as \xNN, \uNNNN or \UNNNNNNNN otherwise).
    nb = __load32(s + 8)
    n = 0
    i = 0
    while i < nb:
        c = __load8(s + 16 + i)
        if c == q or c == 92:
            n = n + emit(at + n, write, 92)
            n = n + emit(at + n, write, c)
        elif c == 10:
            n = n + emit_text(at + n, write, "\\n")
        elif c == 13:
            n = n + emit_text(at + n, write, "\\r")
        elif c == 9:
            n = n + emit_text(at + n, write, "\\t")
        elif c < 32 or c == 127 or high and c > 127:
            n = n + emit_text(at + n, write, "\\x")
            n = n + emit(at + n, write, hex_digit(c >> 4))
            n = n + emit(at + n, write, hex_digit(c & 15))
        elif c >= 192 and not uni_printable(decode_cp(s + 16 + i)):
            cp = decode_cp(s + 16 + i)
            digits = 2 if cp < 256 else 4 if cp < 65536 else 8
            n = n + emit_text(at + n, write, "\\x" if digits == 2 else "\\u" if digits == 4 else "\\U")
            while digits > 0:
                digits = digits - 1
                n = n + emit(at + n, write, hex_digit((cp >> (digits * 4)) & 15))
            i = i + cp_width(c) - 1
        else:
            n = n + emit(at + n, write, c)
        i = i + 1
    return n


def hex_digit(d: int) -> int:
    return 48 + d if d < 10 else 87 + d


# ---- dict and set methods (session 6)

def dict_remove(d: int, k: int) -> bool:
    forget_found()
    # removes key k keeping the insertion order of the other keys, as CPython's dicts do:
    # dict_delete moves the last entry into the hole, and that entry is moved back to the end here
    # (the entries after the hole shift down one place, their index numbers down one): O(len)
    i = dict_find(d, k)
    if i < 0:
        return False
    dict_delete(d, k)
    n = __load32(d + 8)
    if i < n:
        keys = __load32(d + 12)
        vals = __load32(d + 16)
        last_key = __load64(keys + 16 + i * 8)
        last_val = __load64(vals + 16 + i * 8)
        __memcopy(keys + 16 + i * 8, keys + 24 + i * 8, (n - 1 - i) * 8)
        __memcopy(vals + 16 + i * 8, vals + 24 + i * 8, (n - 1 - i) * 8)
        __store64(keys + 16 + (n - 1) * 8, last_key)
        __store64(vals + 16 + (n - 1) * 8, last_val)
        index = __load32(d + 20)
        size = __load32(index + 8)
        s = 0
        while s < size:
            e = __load64(index + 16 + s * 8)
            if e == i + 1:
                __store64(index + 16 + s * 8, n)
            elif e > i + 1:
                __store64(index + 16 + s * 8, e - 1)
            s = s + 1
    return True


def dict_pop(d: int, k: int) -> int:
    # d.pop(k) and del d[k]: KeyError with the key's repr when it is not there
    i = dict_find(d, k)
    if i < 0:
        fail(__addr("KeyError"), repr(k, __load32(__load32(d + 24) + 4)))
        return 0
    v = __load64(__load32(d + 16) + 16 + i * 8)
    dict_remove(d, k)
    return v


def dict_pop_default(d: int, k: int, default: int) -> int:
    i = dict_find(d, k)
    if i < 0:
        return default
    v = __load64(__load32(d + 16) + 16 + i * 8)
    dict_remove(d, k)
    return v


def dict_setdefault(d: int, k: int, v: int) -> int:
    i = dict_find(d, k)
    if i >= 0:
        return __load64(__load32(d + 16) + 16 + i * 8)
    dict_set(d, k, v)
    return v


def dict_clear(d: int) -> None:
    set_clear(d)


def list_del(lst: int, i: int) -> None:
    # del xs[i]
    n = __load32(lst + 8)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        fail_text("IndexError", "list assignment index out of range")
        return
    __memcopy(list_slot(lst, i), list_slot(lst, i + 1), (n - i - 1) * 8)
    __store64(list_slot(lst, n - 1), 0)
    __store32(lst + 8, n - 1)


def set_pop(s: int) -> int:
    # removes and returns the smallest element: sets iterate in ascending order in the guest
    # language, and CPython's set.pop() returns an arbitrary element
    n = __load32(s + 8)
    if n == 0:
        fail_text("KeyError", "'pop from an empty set'")
        return 0
    kdesc = __load32(__load32(s + 24) + 4)
    keys = __load32(s + 12)
    best = __load64(keys + 16)
    i = 1
    while i < n:
        v = __load64(keys + 16 + i * 8)
        if slot_cmp(v, best, kdesc) < 0:
            best = v
        i = i + 1
    dict_delete(s, best)
    return best


def set_issubset(a: int, b: int) -> bool:
    n = __load32(a + 8)
    if n > __load32(b + 8):
        return False
    i = 0
    while i < n:
        if dict_find(b, __load64(__load32(a + 12) + 16 + i * 8)) < 0:
            return False
        i = i + 1
    return True


def set_isdisjoint(a: int, b: int) -> bool:
    if __load32(a + 8) > __load32(b + 8):
        t = a
        a = b
        b = t
    i = 0
    while i < __load32(a + 8):
        if dict_find(b, __load64(__load32(a + 12) + 16 + i * 8)) >= 0:
            return False
        i = i + 1
    return True


def set_update(a: int, b: int) -> None:
    # a |= b (a and b of one type; dict_set grows a, which the caller roots)
    i = 0
    while i < __load32(b + 8):
        dict_set(a, __load64(__load32(b + 12) + 16 + i * 8), 0)
        i = i + 1


def set_intersection_update(a: int, b: int) -> None:
    # a &= b: backwards, so that the entry dict_delete moves into a hole is one already kept
    if a == b:
        return
    i = __load32(a + 8) - 1
    while i >= 0:
        k = __load64(__load32(a + 12) + 16 + i * 8)
        if dict_find(b, k) < 0:
            dict_delete(a, k)
        i = i - 1


def set_difference_update(a: int, b: int) -> None:
    if a == b:
        set_clear(a)
        return
    i = 0
    while i < __load32(b + 8):
        dict_delete(a, __load64(__load32(b + 12) + 16 + i * 8))
        i = i + 1


def set_symmetric_difference_update(a: int, b: int) -> None:
    if a == b:
        set_clear(a)
        return
    i = 0
    while i < __load32(b + 8):
        k = __load64(__load32(b + 12) + 16 + i * 8)
        if not dict_delete(a, k):
            dict_set(a, k, 0)
        i = i + 1

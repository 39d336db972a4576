# Runtime library, part 3: int arithmetic. int is a 64-bit signed integer; results that do not fit
# raise OverflowError instead of growing as CPython's ints do.

INT_MIN: int = -9223372036854775807 - 1


def overflow() -> None:
    fail_text("OverflowError", "integer overflow (int is 64-bit in the guest language)")


def int_add(a: int, b: int) -> int:
    r = __wrap_add(a, b)
    if (a ^ r) & (b ^ r) < 0:
        overflow()
    return r


def int_sub(a: int, b: int) -> int:
    r = __wrap_sub(a, b)
    if (a ^ b) & (a ^ r) < 0:
        overflow()
    return r


def int_mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    r = __wrap_mul(a, b)
    if a == -1 and b == INT_MIN or b == -1 and a == INT_MIN or __div(r, b) != a:
        overflow()
    return r


def int_neg(a: int) -> int:
    if a == INT_MIN:
        overflow()
    return __wrap_sub(0, a)


def int_abs(a: int) -> int:
    if a < 0:
        return int_neg(a)
    return a


def int_floordiv(a: int, b: int) -> int:
    if b == 0:
        fail_text("ZeroDivisionError", "integer division or modulo by zero")
    if a == INT_MIN and b == -1:
        overflow()
    q = __div(a, b)
    if __rem(a, b) != 0 and (a < 0) != (b < 0):
        q = __wrap_sub(q, 1)
    return q


def int_mod(a: int, b: int) -> int:
    if b == 0:
        fail_text("ZeroDivisionError", "integer division or modulo by zero")
    if b == -1:
        return 0
    r = __rem(a, b)
    if r != 0 and (r < 0) != (b < 0):
        r = __wrap_add(r, b)
    return r


def int_pow(a: int, b: int) -> int:
    if b < 0:
        fail_text("ValueError", "negative int exponent (the result would be a float; use float operands)")
    r = 1
    while b > 0:
        if b & 1 == 1:
            r = int_mul(r, a)
        b = __shr_u(b, 1)
        if b > 0:
            a = int_mul(a, a)
    return r


def int_shl(a: int, b: int) -> int:
    if b < 0:
        fail_text("ValueError", "negative shift count")
    if a == 0:
        return 0
    if b >= 64:
        overflow()
    r = shl_raw(a, b)
    if shr_raw(r, b) != a:
        overflow()
    return r


def shl_raw(a: int, b: int) -> int:
    # 0 <= b < 64; << and >> in the runtime library are the machine's shifts
    return a << b


def shr_raw(a: int, b: int) -> int:
    if b >= 64:
        return -1 if a < 0 else 0
    return a >> b


def int_shr(a: int, b: int) -> int:
    if b < 0:
        fail_text("ValueError", "negative shift count")
    return shr_raw(a, b)


def int_min(a: int, b: int) -> int:
    return b if b < a else a


def int_max(a: int, b: int) -> int:
    return b if b > a else a


def int_pow_mod(a: int, b: int, m: int) -> int:
    # pow(a, b, m): square-and-multiply modulo |m|, the result taking the sign of m as Python's % does;
    # a negative exponent uses the inverse of a modulo m (ValueError when there is none)
    if m == 0:
        fail_text("ValueError", "pow() 3rd argument cannot be 0")
    negative = m < 0
    if negative:
        m = int_neg(m)
    a = int_mod(a, m)
    if b < 0:
        a = mod_inverse(a, m)
        b = int_neg(b)
    r = 1
    if m == 1:
        r = 0
    while b > 0:
        if b & 1 == 1:
            r = mul_mod(r, a, m)
        b = __shr_u(b, 1)
        if b > 0:
            a = mul_mod(a, a, m)
    if negative and r != 0:
        r = r - m
    return r


def mul_mod(a: int, b: int, m: int) -> int:
    # a * b modulo m for 0 <= a, b < m < 2**63, without overflowing 64 bits
    if a < 3037000499 and b < 3037000499:
        return __rem(a * b, m)
    r = 0
    while b > 0:
        if b & 1 == 1:
            r = add_mod(r, a, m)
        a = add_mod(a, a, m)
        b = __shr_u(b, 1)
    return r


def add_mod(x: int, y: int, m: int) -> int:
    # x + y modulo m for 0 <= x, y < m
    if x >= m - y:
        return x - (m - y)
    return x + y


def mod_inverse(a: int, m: int) -> int:
    # the extended Euclidean algorithm on (m, a), 0 <= a < m
    t = 0
    nt = 1
    r = m
    nr = a
    while nr != 0:
        q = __div(r, nr)
        tmp = t - q * nt
        t = nt
        nt = tmp
        tmp = r - q * nr
        r = nr
        nr = tmp
    if r != 1:
        fail_text("ValueError", "base is not invertible for the given modulus")
    if t < 0:
        t = t + m
    return t

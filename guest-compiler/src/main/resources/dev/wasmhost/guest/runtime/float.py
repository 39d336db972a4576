# Runtime library, part 4: float arithmetic and the shortest round-trip repr of floats.
# Exact products use Dekker's splitting, so digits are exact for magnitudes the scaling by powers
# of ten up to 1e22 covers; beyond that they may differ from CPython in rare boundary cases.

tp_err: float = 0.0
scaled_lo: float = 0.0


def split_hi(a: float) -> float:
    c = 134217729.0 * a
    return c - (c - a)


def two_prod(a: float, b: float) -> float:
    # returns a*b rounded; the exact error goes to tp_err
    global tp_err
    p = a * b
    ah = split_hi(a)
    al = a - ah
    bh = split_hi(b)
    bl = b - bh
    tp_err = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    return p


def pow10(k: int) -> float:
    r = 1.0
    while k > 0:
        r = r * 10.0
        k = k - 1
    return r


def scale(x: float, k: int) -> float:
    # x * 10**k as hi + scaled_lo, exact when 0 <= k <= 22
    global scaled_lo
    lo = 0.0
    hi = x
    while k > 22:
        p = pow10(22)
        hi = two_prod(hi, p)
        lo = tp_err + lo * p
        k = k - 22
    while k < -22:
        d = pow10(22)
        q = hi / d
        if float_abs_raw(hi) > 1e300:
            # Dekker's split would overflow; this first step is approximate
            lo = lo / d
        else:
            m = two_prod(q, d)
            lo = ((hi - m) - tp_err + lo) / d
        hi = q
        k = k + 22
    if k >= 0:
        p = pow10(k)
        h = two_prod(hi, p)
        scaled_lo = tp_err + lo * p
        return h
    d = pow10(-k)
    q = hi / d
    m = two_prod(q, d)
    scaled_lo = ((hi - m) - tp_err + lo) / d
    return q


def is_nan(x: float) -> bool:
    return x != x


def is_inf(x: float) -> bool:
    return x == x and x - x != 0.0


def sign_bit(x: float) -> bool:
    return __float_bits(x) < 0


def float_abs_raw(x: float) -> float:
    return __bits_float(__float_bits(x) & 9223372036854775807)


def floor(x: float) -> float:
    if float_abs_raw(x) >= 4503599627370496.0:
        return x
    t = float(__trunc(x))
    if t > x:
        t = t - 1.0
    return t


repr_exp: int = 0
sci_exp: int = 0


def decimal_exponent(x: float) -> int:
    # x > 0 finite: about floor(log10(x)) (the divisions round: callers check the digits they get)
    e = 0
    y = x
    while y >= 10.0:
        y = y / 10.0
        e = e + 1
    while y < 1.0:
        y = y * 10.0
        e = e - 1
    return e


def shortest_digits(x: float) -> int:
    # x > 0 finite: returns the shortest digit string D (as an int) that reads back as x; the
    # decimal exponent of its first digit goes to repr_exp
    global repr_exp
    e = decimal_exponent(x)
    hi = scale(x, 16 - e)
    if hi >= 1e17:
        e = e + 1
        hi = scale(x, 16 - e)
    elif hi < 1e16:
        e = e - 1
        hi = scale(x, 16 - e)
    lo = scaled_lo
    big = __trunc(hi)
    bits = __float_bits(x)
    down = x - __bits_float(bits - 1)
    up = down
    if bits + 1 < 9218868437227405312:
        up = __bits_float(bits + 1) - x
    half_up = scale(up, 16 - e) * 0.5
    half_down = scale(down, 16 - e) * 0.5
    p = 1
    while p <= 17:
        r = 1
        i = 17 - p
        while i > 0:
            r = r * 10
            i = i - 1
        q = __div(big, r)
        frac = float(big - q * r) + lo
        fr = float(r)
        # hi is past 2**53, so lo may hold more than one unit: keep 0 <= frac < fr
        if frac < 0.0 or frac >= fr:
            k = floor(frac / fr)
            q = q + __trunc(k)
            frac = frac - k * fr
        d = -1
        # a candidate exactly half an ulp away still reads back as x when x's mantissa is even
        # (reading rounds half to even)
        even = bits & 1 == 0
        if p == 17:
            # seventeen digits always read back: the correctly rounded ones, ties to even
            d = q + 1 if frac * 2.0 > fr or frac * 2.0 == fr and q & 1 == 1 else q
        elif frac * 2.0 < fr or frac * 2.0 == fr and q & 1 == 0:
            # the nearer candidate (of two equally near, the even one)
            if frac < half_down or frac == half_down and even:
                d = q
        elif fr - frac < half_up or fr - frac == half_up and even:
            d = q + 1
        if d >= 0:
            limit = 1
            i = p
            while i > 0:
                limit = limit * 10
                i = i - 1
            if d >= limit:
                d = __div(d, 10)
                e = e + 1
            while d != 0 and __rem(d, 10) == 0:
                d = __div(d, 10)
            repr_exp = e
            return d
        p = p + 1
    repr_exp = e
    return big


def put_text(at: int, s: str) -> int:
    n = __load32(__addr(s) + 8)
    __memcopy(at, __addr(s) + 16, n)
    return n


def float_repr(at: int, x: float) -> int:
    # writes repr(x) at address at; returns its length in bytes
    if is_nan(x):
        return put_text(at, "nan")
    n = 0
    if sign_bit(x):
        __store8(at, 45)
        n = 1
        x = -x
    if is_inf(x):
        return n + put_text(at + n, "inf")
    if x == 0.0:
        return n + put_text(at + n, "0.0")
    d = shortest_digits(x)
    e = repr_exp
    digits = at + 500
    nd = int_digits(digits, d)
    if e >= 16 or e < -4:
        return n + sci_from_digits(at + n, digits, nd, e, False)
    if e < 0:
        n = n + put_text(at + n, "0.")
        i = -e - 1
        while i > 0:
            __store8(at + n, 48)
            n = n + 1
            i = i - 1
        __memcopy(at + n, digits, nd)
        return n + nd
    i = 0
    while i <= e:
        __store8(at + n, __load8(digits + i) if i < nd else 48)
        n = n + 1
        i = i + 1
    __store8(at + n, 46)
    n = n + 1
    if nd > e + 1:
        __memcopy(at + n, digits + e + 1, nd - e - 1)
        return n + nd - e - 1
    __store8(at + n, 48)
    return n + 1


def str_from_float(x: float) -> int:
    n = float_repr(__scratch(), x)
    return str_from_bytes(__scratch(), n)


def round_scaled(hi: float, lo: float) -> int:
    # hi + lo (0 <= hi < 9e18, lo the exact error of hi) rounded to an integer, half to even. Past
    # 2**53 lo may be several units, so its whole part goes into the result; the error of adding
    # the fraction and lo (two_sum) decides a sum that rounds to exactly one half.
    t = __trunc(hi)
    a = hi - float(t)
    s = a + lo
    bb = s - a
    err = (a - (s - bb)) + (lo - bb)
    whole = floor(s)
    big = t + __trunc(whole)
    frac = s - whole
    if frac > 0.5 or frac == 0.5 and (err > 0.0 or err == 0.0 and big & 1 == 1):
        big = big + 1
    return big


def fixed_digits(at: int, x: float, prec: int) -> int:
    # writes abs(x) with prec decimals at address at, correctly rounded (half to even); returns length
    if prec > 22:
        fail_text("ValueError", "float format precision over 22 is not supported by the guest runtime")
    hi = scale(x, prec)
    lo = scaled_lo
    if hi >= 9.0e18:
        fail_text("ValueError", "float too large for fixed-point format in the guest runtime")
    big = round_scaled(hi, lo)
    tmp = at + 500
    nd = int_digits(tmp, big)
    n = 0
    if nd <= prec:
        __store8(at, 48)
        n = 1
        if prec > 0:
            __store8(at + 1, 46)
            n = 2
        i = prec - nd
        while i > 0:
            __store8(at + n, 48)
            n = n + 1
            i = i - 1
        __memcopy(at + n, tmp, nd)
        return n + nd
    whole = nd - prec
    __memcopy(at, tmp, whole)
    n = whole
    if prec > 0:
        __store8(at + n, 46)
        __memcopy(at + n + 1, tmp + whole, prec)
        n = n + 1 + prec
    return n


def fmod(a: float, b: float) -> float:
    if is_inf(a) or is_nan(a) or is_nan(b):
        return a - a
    if is_inf(b):
        return a
    q = a / b
    if float_abs_raw(q) >= 9.0e15:
        fail_text("ValueError", "float modulo with a quotient over 2**53 is not supported by the guest runtime")
    t = float(__trunc(q))
    m = two_prod(t, b)
    r = (a - m) - tp_err
    if r != 0.0 and (r < 0.0) != (a < 0.0):
        if (b < 0.0) == (a < 0.0):
            r = r + b
        else:
            r = r - b
    return r


def float_mod(a: float, b: float) -> float:
    if b == 0.0:
        fail_text("ZeroDivisionError", "float modulo")
    r = fmod(a, b)
    if r != 0.0:
        if (r < 0.0) != (b < 0.0):
            r = r + b
    elif b < 0.0:
        r = -0.0
    else:
        r = 0.0
    return r


def float_floordiv(a: float, b: float) -> float:
    if b == 0.0:
        fail_text("ZeroDivisionError", "float floor division by zero")
    m = fmod(a, b)
    d = (a - m) / b
    if m != 0.0 and (b < 0.0) != (m < 0.0):
        d = d - 1.0
    if d != 0.0:
        f = floor(d)
        if d - f > 0.5:
            f = f + 1.0
        return f
    return -0.0 if a / b < 0.0 else 0.0


def float_pow(a: float, b: float) -> float:
    if b == 0.5 and a >= 0.0:
        return __sqrt(a)
    if b != floor(b) or float_abs_raw(b) > 1073741824.0:
        if a == 1.0:
            return 1.0
        fail_text("ValueError", "float ** non-integer exponent is not supported by the guest runtime (only x ** 0.5)")
    n = __trunc(b)
    neg = n < 0
    if neg:
        n = -n
        if a == 0.0:
            fail_text("ZeroDivisionError", "0.0 cannot be raised to a negative power")
    r = 1.0
    while n > 0:
        if n & 1 == 1:
            r = r * a
        n = __shr_u(n, 1)
        if n > 0:
            a = a * a
    if neg:
        return 1.0 / r
    return r


def float_to_int(x: float) -> int:
    if is_nan(x):
        fail_text("ValueError", "cannot convert float NaN to integer")
    if is_inf(x):
        fail_text("OverflowError", "cannot convert float infinity to integer")
    if x >= 9223372036854775808.0 or x < -9223372036854775808.0:
        fail_text("OverflowError", "int too large for 64 bits")
    return __trunc(x)


def float_round(x: float) -> int:
    if is_nan(x) or is_inf(x):
        return float_to_int(x)
    f = floor(x)
    d = x - f
    if d > 0.5 or d == 0.5 and float_abs_raw(f) < 9.0e15 and __trunc(f) & 1 == 1:
        f = f + 1.0
    return float_to_int(f)


def float_min(a: float, b: float) -> float:
    return b if b < a else a


def float_max(a: float, b: float) -> float:
    return b if b > a else a


def float_round_to(x: float, n: int) -> float:
    # round(x, n): x rounded to n decimals, half to even on x's exact value (as CPython does), then
    # the nearest float; x * 10**n is computed exactly as hi + lo (scale), so its rounding is exact
    if is_nan(x) or is_inf(x) or x == 0.0:
        return x
    a = float_abs_raw(x)
    if n > 22 or n < -22:
        # rounding moves a by less than half its own ulp: the nearest float is a itself
        if n > 22 and a >= 1e-6:
            return x
        fail_text("ValueError", "round() to more than 22 digits is not supported by the guest runtime")
    hi = scale(a, n)
    lo = scaled_lo
    if hi >= 9.0e18:
        return x  # 10**-n is below a quarter of a's ulp: the nearest float is a itself
    if hi >= 4503599627370496.0:
        return round_near_ulp(x, a, n, hi, lo)
    big = round_scaled(hi, lo)
    if n >= 0:
        r = float(big) / pow10(n)
    else:
        r = float(big) * pow10(0 - n)
    if sign_bit(x):
        return -1.0 * r  # -0.0 for a zero, as CPython's round(-0.4) gives
    return r


def round_near_ulp(x: float, a: float, n: int, hi: float, lo: float) -> float:
    # a * 10**n = hi + lo is at least 2**52: the rounded value R is within half of 10**-n of a, which
    # is at most about one ulp of a, so the answer is a or one of its neighbours: whichever is nearest
    # to R (compared exactly, in units of 10**-n), ties to the even mantissa
    t = __trunc(hi)
    big = round_scaled(hi, lo)
    delta = (float(big - t) - (hi - float(t))) - lo
    if delta == 0.0:
        return x
    bits = __float_bits(a)
    up = __bits_float(bits + 1)
    half = (up - a) * pow10(n) * 0.5
    r = a
    if delta > 0.0 and delta > half:
        r = up
    elif delta < 0.0:
        down = __bits_float(bits - 1)
        half_down = (a - down) * pow10(n) * 0.5
        if 0.0 - delta > half_down:
            r = down
        elif 0.0 - delta == half_down and bits & 1 == 1:
            r = down
    elif delta == half and bits & 1 == 1:
        r = up
    if sign_bit(x):
        return -1.0 * r
    return r


def int_round_to(x: int, n: int) -> int:
    # round(x, n) of an int: itself for n >= 0, else the nearest multiple of 10**-n, half to even
    if n >= 0:
        return x
    if n < -18:
        return 0
    m = 1
    while n < 0:
        m = m * 10
        n = n + 1
    q = int_floordiv(x, m)
    r = x - q * m
    if r * 2 > m or r * 2 == m and q & 1 == 1:
        q = q + 1
    return int_mul(q, m)


def float_from_str(s: int) -> float:
    return float_parse(number_text(s), s)


def float_parse(t: int, s: int) -> float:
    # float(s): optional sign, digits with one optional point and underscores between digits, an
    # optional exponent, or inf / infinity / nan; surrounding whitespace. Up to 18 significant
    # digits are kept (more are dropped); with at most 15 and a power of ten up to 22 the result is
    # exact (one correctly rounded operation), otherwise m * 10**e is computed in double-double:
    # m as a float plus its exact remainder, each scaled (scale). Parses t, the ASCII text of s
    # (number_text); errors quote s.
    at = t + 16
    i = number_start(t)
    n = number_end
    negative = number_negative
    special = float_special(at + i, n - i)
    if special != 0.0:
        return -1.0 * special if negative else special
    m = 0
    digits = 0
    exp = 0
    seen_digit = False
    seen_point = False
    prev_digit = False
    while i < n:
        c = __load8(at + i)
        if c >= 48 and c <= 57:
            seen_digit = True
            prev_digit = True
            if m == 0 and c == 48:
                if seen_point:
                    exp = exp - 1
            elif digits < 18:
                m = m * 10 + (c - 48)
                digits = digits + 1
                if seen_point:
                    exp = exp - 1
            elif not seen_point:
                exp = exp + 1
        elif c == 95 and prev_digit and i + 1 < n and __load8(at + i + 1) >= 48 and __load8(at + i + 1) <= 57:
            prev_digit = False
        elif c == 46 and not seen_point:
            seen_point = True
            prev_digit = False
        else:
            break
        i = i + 1
    if not seen_digit:
        bad_float(s)
    if i < n and (__load8(at + i) | 32) == 101:
        i = i + 1
        eneg = False
        if i < n and (__load8(at + i) == 45 or __load8(at + i) == 43):
            eneg = __load8(at + i) == 45
            i = i + 1
        if i >= n:
            bad_float(s)
        e = 0
        while i < n and __load8(at + i) >= 48 and __load8(at + i) <= 57:
            if e < 100000:
                e = e * 10 + (__load8(at + i) - 48)
            i = i + 1
        exp = exp - e if eneg else exp + e
    if i != n:
        bad_float(s)
    x = 0.0
    if m == 0:
        x = 0.0
    elif exp + digits > 310:
        x = 1e308 * 10.0
    elif exp + digits < -330:
        x = 0.0
    elif digits <= 15 and exp >= 0 and exp <= 22:
        x = float(m) * pow10(exp)
    elif digits <= 15 and exp < 0 and exp >= -22:
        x = float(m) / pow10(0 - exp)
    elif exp + digits > 300:
        # near the largest float Dekker's split would overflow: scale short of it, then the rest
        x = scaled_decimal(m, exp - 30) * 1e30
    else:
        x = scaled_decimal(m, exp)
    return -1.0 * x if negative else x


def scaled_decimal(m: int, exp: int) -> float:
    # m * 10**exp for 0 < m < 10**18: m is a float (rounded) plus the exact remainder
    mh = float(m)
    ml = float(m - __trunc(mh))
    hi = scale(mh, exp)
    lo = scaled_lo
    return hi + (lo + scale(ml, exp))


def float_special(at: int, n: int) -> float:
    # inf (or infinity) and nan, in any case; 0.0 for anything else
    if n == 3 and (__load8(at) | 32) == 105 and (__load8(at + 1) | 32) == 110 and (__load8(at + 2) | 32) == 102:
        return 1e308 * 10.0
    if n == 8 and (__load8(at) | 32) == 105 and (__load8(at + 1) | 32) == 110 and (__load8(at + 2) | 32) == 102 \
            and (__load8(at + 3) | 32) == 105 and (__load8(at + 4) | 32) == 110 and (__load8(at + 5) | 32) == 105 \
            and (__load8(at + 6) | 32) == 116 and (__load8(at + 7) | 32) == 121:
        return 1e308 * 10.0
    if n == 3 and (__load8(at) | 32) == 110 and (__load8(at + 1) | 32) == 97 and (__load8(at + 2) | 32) == 110:
        return 1e308 * 10.0 - 1e308 * 10.0
    return 0.0


def bad_float(s: int) -> None:
    # "could not convert string to float: 's'", measured, then written into one allocation
    prefix = "could not convert string to float: "
    n = __load32(__addr(prefix) + 8) + repr_str_write(0, s, False)
    p = str_new(n, 0)
    m = emit_text(p + 16, True, prefix)
    repr_str_write(p + 16 + m, s, True)
    __store32(p + 12, count_cp(p + 16, n))
    fail(__addr("ValueError"), p)


def sci_digits(x: float, prec: int) -> int:
    # x > 0 rounded to prec + 1 significant digits, half to even on its exact value: returns them as
    # an int and the decimal exponent of the first in sci_exp
    global sci_exp
    if prec > 17:
        fail_text("ValueError", "float format precision over 17 in 'e' and 'g' formats is not supported by the guest runtime")
    e = decimal_exponent(x)
    low = 1
    i = prec
    while i > 0:
        low = low * 10
        i = i - 1
    big = round_scaled(scale(x, prec - e), scaled_lo)
    if big >= low * 10:
        e = e + 1
        big = round_scaled(scale(x, prec - e), scaled_lo)
    elif big < low:
        e = e - 1
        big = round_scaled(scale(x, prec - e), scaled_lo)
    if big >= low * 10:
        # rounding carried into a new digit (9.99... to 10.0...)
        big = __div(big, 10)
        e = e + 1
    sci_exp = e
    return big


def sci_write(at: int, big: int, prec: int, e: int, upper: bool, strip: bool) -> int:
    # d.ddd...e+XX from the prec + 1 digits in big; with strip, no trailing zeros (nor a bare point)
    tmp = at + 500
    nd = int_digits(tmp, big)
    last = nd
    if strip:
        while last > 1 and __load8(tmp + last - 1) == 48:
            last = last - 1
    return sci_from_digits(at, tmp, last, e, upper)


def sci_from_digits(at: int, digits: int, nd: int, e: int, upper: bool) -> int:
    # d.ddd...e+XX from the nd digits at digits (no point for one digit); the exponent as CPython
    # writes it: a sign and at least two digits
    __store8(at, __load8(digits))
    n = 1
    if nd > 1:
        __store8(at + 1, 46)
        __memcopy(at + 2, digits + 1, nd - 1)
        n = nd + 1
    __store8(at + n, 69 if upper else 101)
    __store8(at + n + 1, 45 if e < 0 else 43)
    n = n + 2
    if e < 0:
        e = -e
    if e < 10:
        __store8(at + n, 48)
        n = n + 1
    return n + int_digits(at + n, e)


def general_format(at: int, x: float, prec: int, upper: bool) -> int:
    # 'g': prec significant digits; fixed notation when the exponent is from -4 to prec - 1, else
    # scientific; trailing zeros removed either way
    if prec == 0:
        prec = 1
    if x == 0.0:
        __store8(at, 48)
        return 1
    big = sci_digits(x, prec - 1)
    e = sci_exp
    if e < -4 or e >= prec:
        return sci_write(at, big, prec - 1, e, upper, True)
    n = fixed_digits(at, x, prec - 1 - e)
    k = 0
    while k < n and __load8(at + k) != 46:
        k = k + 1
    if k < n:
        while n > k and __load8(at + n - 1) == 48:
            n = n - 1
        if n == k + 1:
            n = k
    return n

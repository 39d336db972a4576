# Runtime library, part 5: format specs for f-strings. The compiler has already parsed and checked
# the spec; characters arrive as code points, 0 meaning "not given".

def pad_out(src: int, n: int, ncp: int, sign: int, fill: int, align: int, width: int) -> int:
    # src: n bytes (ncp code points) of content; sign: a sign byte to put first, or 0
    signlen = 1 if sign != 0 else 0
    pad = width - ncp - signlen
    if pad < 0:
        pad = 0
    fb = encode_cp(__scratch() + 940, fill)
    p = str_new(n + signlen + pad * fb, ncp + signlen + pad)
    at = p + 16
    left = 0
    if align == 62:
        left = pad
    elif align == 94:
        left = pad // 2
    if align != 61:
        at = put_fill(at, fill, fb, left)
    if sign != 0:
        __store8(at, sign)
        at = at + 1
    if align == 61:
        at = put_fill(at, fill, fb, pad)
    __memcopy(at, src, n)
    at = at + n
    if align == 60 or align == 94:
        put_fill(at, fill, fb, pad - left)
    return p


def put_fill(at: int, fill: int, fb: int, count: int) -> int:
    while count > 0:
        encode_cp(at, fill)
        at = at + fb
        count = count - 1
    return at


def sign_char(negative: bool, sign: int) -> int:
    if negative:
        return 45
    if sign == 43 or sign == 32:
        return sign
    return 0


def group_digits(at: int, n: int, sep: int, every: int) -> int:
    # inserts sep into the n digits at address at (in place, via the scratch tail); returns new length
    if sep == 0:
        return n
    tmp = __scratch() + 700
    __memcopy(tmp, at, n)
    out = 0
    i = 0
    while i < n:
        if i > 0 and (n - i) % every == 0:
            __store8(at + out, sep)
            out = out + 1
        __store8(at + out, __load8(tmp + i))
        out = out + 1
        i = i + 1
    return out


def format_int(v: int, fill: int, align: int, sign: int, width: int, grouping: int, precision: int, kind: int) -> int:
    at = __scratch()
    alternate = kind >= 256
    if alternate:
        kind = kind - 256
    neg = v < 0
    base = 10
    if kind == 120 or kind == 88:
        base = 16
    elif kind == 111:
        base = 8
    elif kind == 98:
        base = 2
    n = 0
    if v == 0:
        __store8(at, 48)
        n = 1
    else:
        tmp = at + 400
        k = 0
        w = v if neg else -v
        while w != 0:
            dgt = -__rem(w, base)
            c = 48 + dgt if dgt < 10 else (55 + dgt if kind == 88 else 87 + dgt)
            __store8(tmp + k, c)
            w = __div(w, base)
            k = k + 1
        while k > 0:
            k = k - 1
            __store8(at + n, __load8(tmp + k))
            n = n + 1
    n = group_digits(at, n, grouping, 3)
    if alternate:
        # '#': the base's prefix goes between the sign and the digits, and so does '=' padding
        pad = 0
        if align == 61:
            pad = width - n - 2 - (1 if sign_char(neg, sign) != 0 else 0)
            if pad < 0:
                pad = 0
        __memcopy(at + 2 + pad, at, n)
        i = 0
        while i < pad:
            __store8(at + 2 + i, fill)
            i = i + 1
        __store8(at, 48)
        __store8(at + 1, 120 if kind == 120 else 88 if kind == 88 else 111 if kind == 111 else 98)
        n = n + 2 + pad
    if align == 0:
        align = 62
    return pad_out(at, n, n, sign_char(neg, sign), fill, align, width)


def format_float(v: float, fill: int, align: int, sign: int, width: int, grouping: int, precision: int, kind: int) -> int:
    at = __scratch()
    neg = sign_bit(v) and not is_nan(v)
    if neg:
        v = -v
    n = 0
    if is_nan(v) or is_inf(v):
        n = put_text(at, "nan" if is_nan(v) else "inf")
        if kind == 70:
            n = put_text(at, "NAN" if is_nan(v) else "INF")
        if kind == 37:
            __store8(at + n, 37)
            n = n + 1
    elif kind == 0:
        n = float_repr(at, v)
    elif kind == 101 or kind == 69:
        # 'e' / 'E'
        if precision < 0:
            precision = 6
        if v == 0.0:
            n = sci_write(at, 0, precision, 0, kind == 69, False)
            # int_digits wrote one 0: pad the mantissa to the precision
            if precision > 0:
                __memcopy(at + 2 + precision, at + 1, n - 1)
                __store8(at + 1, 46)
                i = 0
                while i < precision:
                    __store8(at + 2 + i, 48)
                    i = i + 1
                n = n + 1 + precision
        else:
            big = sci_digits(v, precision)
            n = sci_write(at, big, precision, sci_exp, kind == 69, False)
    elif kind == 103 or kind == 71:
        # 'g' / 'G'
        if precision < 0:
            precision = 6
        n = general_format(at, v, precision, kind == 71)
    else:
        if precision < 0:
            precision = 6
        if kind == 37:
            v = v * 100.0
        n = fixed_digits(at, v, precision)
        if grouping != 0:
            whole = 0
            while whole < n and __load8(at + whole) != 46:
                whole = whole + 1
            rest = n - whole
            __memcopy(at + 600, at + whole, rest)
            whole = group_digits(at, whole, grouping, 3)
            __memcopy(at + whole, at + 600, rest)
            n = whole + rest
        if kind == 37:
            __store8(at + n, 37)
            n = n + 1
    if align == 0:
        align = 62
    return pad_out(at, n, n, sign_char(neg, sign), fill, align, width)


def format_str(s: int, fill: int, align: int, sign: int, width: int, grouping: int, precision: int, kind: int) -> int:
    if align == 0:
        align = 60
    if width <= __load32(s + 12):
        return s
    return pad_out(s + 16, __load32(s + 8), __load32(s + 12), 0, fill, align, width)


def format_width(w: int) -> int:
    # a width from a replacement field of a format spec ({x:{w}}): CPython reads a negative one as
    # a sign and a width, which the guest does not
    if w < 0:
        fail_text("NotImplementedError", "a negative width from a format spec's replacement field is not supported by the guest runtime")
    if w > 10000:
        fail_text("NotImplementedError", "a format width over 10000 is not supported by the guest runtime")
    return w


def format_precision(p: int) -> int:
    # a precision from a replacement field of a format spec ({x:.{p}f})
    if p < 0:
        fail_text("ValueError", "Format specifier missing precision")
    if p > 100:
        fail_text("NotImplementedError", "a format precision over 100 is not supported by the guest runtime")
    return p

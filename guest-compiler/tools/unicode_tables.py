#!/usr/bin/env python3
"""Writes the guest runtime's Unicode tables (runtime/unicode_*.bin) from this CPython's own str methods.

The guest's str methods must answer exactly as CPython's do, so the tables are read off CPython
itself: each code point's flags (isalpha, isdecimal, isdigit, isnumeric, islower, isupper, cased,
case-ignorable, isspace, titlecase), its full upper, lower, title and casefold mappings, and where
each script's decimal digits start. Run it with the python3 the differential tests use (word 0 of
each file records its Unicode version as major*10000 + minor*100 + micro):

    python3 guest-compiler/tools/unicode_tables.py

Five files, so that a program carries only the tables it uses; little-endian u32 words.
  unicode_flags.bin: [0] version, [1] run count R, [2] flag-set count, then R words, one per run
    of code points with equal flags (start << 8 | flag-set index, sorted, the first starting at 0),
    then the flag sets, one word each.
  unicode_class.bin: the same, with only the flags isalpha() and the other classification
    methods read (alpha, decimal, digit, numeric, space).
  unicode_case.bin: [0] version, [1..8] count and offset (in bytes, from the start of the file) of
    the simple upper, lower, title and casefold maps: three words per entry (start,
    count << 2 | stride, delta + 2**23): code points start, start + stride, ... (count of them) map
    to themselves plus delta; [9..16] count and offset of the special upper, lower, title and
    casefold maps: four words per entry (code point << 2 | n, then n code points, zero-padded),
    sorted by code point. A code point's full mapping is its special entry if it has one, else its
    simple one, else itself. The title maps hold only where title differs from upper, the casefold
    maps only where casefold differs from lower: elsewhere title is upper and casefold is lower.
    Lower of U+03A3 (final sigma) depends on the context and is decided by the runtime.
  unicode_digits.bin: [0] version, [1] count, then the code point of each script's digit zero
    (Unicode puts every script's decimal digits 0-9 in a row), sorted.
  unicode_printable.bin: [0] version, [1] count, then the code points where isprintable() changes,
    sorted (U+0000 is not printable: a code point is printable when an odd number of them are at
    or below it). repr() escapes the others.
"""
import os
import struct
import sys
import unicodedata

ALPHA, DECIMAL, DIGIT, NUMERIC, LOWER, UPPER, CASED, IGNORABLE, SPACE, TITLE = (1 << k for k in range(10))
SIGMA = "\u03a3"
N = 0x110000


def chars():
    for i in range(N):
        if not 0xD800 <= i < 0xE000:
            yield i, chr(i)


def is_cased(c):
    return c.islower() or c.isupper() or c.istitle()


def is_ignorable(c):
    # Case-ignorable is not exposed by CPython, but its final-sigma rule reads it: a capital sigma
    # after a cased letter lowers to final sigma when only case-ignorable characters follow it.
    if is_cased(c):
        return ("A" + SIGMA + c).lower()[1] == "\u03c2"
    return ("A" + c + SIGMA).lower()[-1] == "\u03c2"


def flags_of(c):
    f = 0
    for test, bit in ((c.isalpha, ALPHA), (c.isdecimal, DECIMAL), (c.isdigit, DIGIT), (c.isnumeric, NUMERIC),
                      (c.islower, LOWER), (c.isupper, UPPER), (c.isspace, SPACE)):
        if test():
            f |= bit
    if is_cased(c):
        f |= CASED
    if is_ignorable(c):
        f |= IGNORABLE
    if c.istitle() and not c.isupper():
        f |= TITLE
    return f


def simple_runs(pairs):
    """(code point, delta) pairs, sorted -> (start, count, stride, delta) runs, stride 1 or 2."""
    runs = []
    k = 0
    while k < len(pairs):
        start, delta = pairs[k]
        count, stride = 1, 0
        while k + count < len(pairs) and pairs[k + count][1] == delta:
            step = pairs[k + count][0] - pairs[k + count - 1][0]
            if stride == 0 and step <= 2:
                stride = step
            if step != stride:
                break
            count += 1
        runs.append((start, count, stride or 1, delta))
        k += count
    return runs


def maps(fn, base=None):
    simple, special = [], []
    for i, c in chars():
        if c == SIGMA and fn is str.lower:
            m = "\u03c3"
        else:
            m = fn(c)
        if base is not None:
            if m == base(c):
                continue
        elif m == c:
            continue
        if len(m) == 1:
            simple.append((i, ord(m) - i))
        else:
            special.append((i, [ord(x) for x in m]))
    return simple_runs(simple), special


def run_table(version, flags):
    """[version, run count, flag-set count], the runs (start << 8 | flag-set index), the flag sets."""
    sets = sorted(set(flags))
    assert len(sets) <= 256
    runs = [0 << 8 | sets.index(flags[0])]
    for i in range(1, N):
        if flags[i] != flags[i - 1]:
            runs.append(i << 8 | sets.index(flags[i]))
    return pack([version, len(runs), len(sets)] + runs + sets)


def pack(words):
    return struct.pack("<%dI" % len(words), *words)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../src/main/resources/dev/wasmhost/guest/runtime")
    major, minor, micro = (int(x) for x in unicodedata.unidata_version.split("."))
    version = major * 10000 + minor * 100 + micro

    flags = [0] * N
    for i, c in chars():
        flags[i] = flags_of(c)
    runs = sum(1 for i in range(N) if i == 0 or flags[i] != flags[i - 1])
    sets = set(flags)
    files = {"unicode_flags.bin": run_table(version, flags)}
    # the classification flags alone, for isalpha() and the like: half as many runs, since upper
    # and lower case letters no longer alternate
    files["unicode_class.bin"] = run_table(version, [f & (ALPHA | DECIMAL | DIGIT | NUMERIC | SPACE) for f in flags])

    tables = [maps(str.upper), maps(str.lower), maps(str.title, base=str.upper), maps(str.casefold, base=str.lower)]
    head = [version] + [0] * 16
    body = []
    for k, (simple, _) in enumerate(tables):
        head[1 + 2 * k] = len(simple)
        head[2 + 2 * k] = 4 * (17 + len(body))
        for start, count, stride, delta in simple:
            assert count < 1 << 30 and -(1 << 23) < delta < 1 << 23
            body += [start, count << 2 | stride, delta + (1 << 23)]
    for k, (_, special) in enumerate(tables):
        head[9 + 2 * k] = len(special)
        head[10 + 2 * k] = 4 * (17 + len(body))
        for cp, seq in special:
            assert 1 <= len(seq) <= 3
            body += [cp << 2 | len(seq)] + seq + [0] * (3 - len(seq))
    files["unicode_case.bin"] = pack(head + body)

    zeros = [i for i, c in chars() if c.isdecimal() and unicodedata.decimal(c) == 0]
    for z in zeros:
        assert all(unicodedata.decimal(chr(z + d), -1) == d for d in range(10)), hex(z)
    files["unicode_digits.bin"] = pack([version, len(zeros)] + zeros)

    printable = [chr(i).isprintable() for i in range(N)]
    assert not printable[0]
    changes = [i for i in range(1, N) if printable[i] != printable[i - 1]]
    files["unicode_printable.bin"] = pack([version, len(changes)] + changes)

    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes", file=sys.stderr)
    print(f"Unicode {unicodedata.unidata_version}: {runs} runs, {len(sets)} flag sets, simple maps "
          f"{[len(t[0]) for t in tables]}, special maps {[len(t[1]) for t in tables]}, {len(zeros)} digit zeros",
          file=sys.stderr)


if __name__ == "__main__":
    main()

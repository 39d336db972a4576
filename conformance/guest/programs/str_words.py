# Strings of every length around the runtime's eight-byte words: case mapping, equality, hashing
# (dict and set keys) and comparison must only ever see a str's own bytes, never what follows
# them in memory.
ALPHABET = "AbCdEfGhIjKlMnOpQrStUvWxYz@[`{09 _-~"


def piece(start: int, n: int) -> str:
    out = ""
    for i in range(n):
        out += ALPHABET[(start + i) % len(ALPHABET)]
    return out


def main() -> None:
    seen: dict[str, int] = {}
    keys: set[str] = set()
    total = 0
    for n in range(0, 26):
        for start in range(0, len(ALPHABET), 5):
            s = piece(start, n)
            up = s.upper()
            low = s.lower()
            total += len(up) + len(low)
            if start == 0:
                print(n, repr(up), repr(low))
            # the same text made two ways (concatenation and a slice of a longer str) is one key
            longer = s + "#tail"
            assert longer[:n] == s
            assert hash(longer[:n]) == hash(s)
            seen[s] = seen.get(s, 0) + 1
            seen[longer[:n]] = seen.get(longer[:n], 0) + 1
            keys.add(low)
            assert low.upper() == up.upper()
            assert (s < longer) and not (longer < s)
    # prefixes of one another differ as keys
    prefixes = [piece(3, n) for n in range(0, 20)]
    table = {p: i for i, p in enumerate(prefixes)}
    for i in range(20):
        assert table[prefixes[i]] == i
    assert len(set(prefixes)) == 20
    print("total", total)
    print("distinct", len(seen), "twice", len([v for v in seen.values() if v == 2]))
    print("lowercase keys", len(keys))
    print(sorted([k for k in seen])[:3], sorted(keys)[-3:])


main()

# Everyday idioms together: a dataclass with defaults, nonlocal counters, dict comprehensions,
# sorting items by key, list.pop(i) and slice assignment, str methods, hex/oct/bin, f-string specs.

from dataclasses import dataclass


@dataclass
class Entry:
    key: str
    count: int = 0


def counter() -> int:
    total = 0

    def bump(n: int) -> int:
        nonlocal total
        total += n
        return total

    bump(2)
    return bump(3)


log: list[str] = []


def record(msg: str) -> None:
    log.append(msg)


entries = {name: Entry(name) for name in ["alpha", "beta", "gamma"]}
for i, (name, e) in enumerate(sorted(entries.items(), key=lambda kv: kv[0])):
    e.count = i * 10
    record(f"{name!r:>9}|{e.count:<4}|")
print("\n".join(log))
xs = list(range(10))
xs[1:3] = [100, 200, 300]
del xs[0]
xs.insert(2, -1)
print(xs, xs.pop(), xs.pop(0), xs.index(300), ", ".join(map(str, xs[:3])))
print(counter(), "alpha".startswith(("al", "be")), "%s has %d items" % ("cart", len(xs)))
found = entries.get("delta")
if found is None:
    print("no delta")
e2 = entries.get("beta")
if e2 is not None:
    print(e2.key.upper(), e2)
words = "one two three two one".split()
print(sorted(set(words), key=lambda w: (-words.count(w), w)))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([row[::-1] for row in matrix][0])
print(sum(x * x for x in range(5)), max(words, key=len), min(len(w) for w in words))
s = "  Mixed Case Text  "
print(s.strip().title(), s.split(), s.strip().swapcase(), s.center(25, "*"), s.count(" "))
n = 12345
print(f"{n:,}", f"{n:08.2f}", f"{n:x}", f"{n / 7:.3e}", bin(n), oct(8), hex(-255), hex(0), bin(-5), oct(-8), hex(True))

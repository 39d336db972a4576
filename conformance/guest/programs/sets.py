def unique_words(text: str) -> set[str]:
    return {w.lower() for w in text.split()}


def primes_below(n: int) -> set[int]:
    composite: set[int] = set()
    for i in range(2, n):
        for j in range(i * i, n, i):
            composite.add(j)
    return {k for k in range(2, n) if k not in composite}


words = unique_words("the quick brown fox jumps over the lazy dog The end")
print(len(words), "the" in words, "cat" in words)
print(sorted(words))

evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens | threes))
print(sorted(evens & threes))
print(sorted(evens - threes))
print(sorted(evens ^ threes))
print(sorted(threes), sorted(threes, reverse=True))

seen: set[int] = set()
dups: list[int] = []
for v in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if v in seen:
        dups.append(v)
    seen.add(v)
print(dups, len(seen), sorted(seen))

s = {10, 20, 30}
s.remove(20)
s.discard(99)
s.discard(10)
print(sorted(s), len(s))
s.update([1, 2, 3, 30])
print(sorted(s))
t = s.copy()
t.add(1000)
print(len(s), len(t), s == t, s != t, s == {1, 2, 3, 30})
s.clear()
print(len(s), bool(s), not s)
s.add(7)
print(sorted(s), 7 in s)

total = 0
for p in primes_below(50):
    total += p
print("sum of primes below 50:", total)
print([x * x for x in {4, 2, 3}])
letters = set("mississippi")
print(sorted(letters), len(letters))
pairs: set[tuple[int, int]] = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), (2, 1) in pairs, sorted(pairs))

big: set[int] = set()
for i in range(2000):
    big.add(i * 7919 % 10007)
for i in range(0, 2000, 2):
    big.remove(i * 7919 % 10007)
print(len(big), sum(sorted(big)), min(sorted(big)), max(sorted(big)))
check = 0
for i in range(2000):
    if (i * 7919 % 10007) in big:
        check += 1
print(check)
print(sorted(words.union({"zebra"}))[-1], len(words.intersection({"the", "fox", "cat"})), len(words.difference(words)))
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)

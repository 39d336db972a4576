# Run-length encoding and decoding with tuples, slicing and str methods.


def encode(s: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        runs.append((s[i], j - i))
        i = j
    return runs


def decode(runs: list[tuple[str, int]]) -> str:
    return "".join([c * n for c, n in runs])


def compact(runs: list[tuple[str, int]]) -> str:
    return "".join([f"{n}{c}" if n > 1 else c for c, n in runs])


for s in ["aaabccddddde", "", "x", "ééé☕☕a"]:
    r = encode(s)
    print(repr(s), r, compact(r), decode(r) == s)

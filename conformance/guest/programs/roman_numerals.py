# Roman numerals both ways, with a table of tuples.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n: int) -> str:
    parts: list[str] = []
    for value, letters in NUMERALS:
        while n >= value:
            parts.append(letters)
            n -= value
    return "".join(parts)


def from_roman(s: str) -> int:
    values = {letters: value for value, letters in NUMERALS if len(letters) == 1}
    total = 0
    for i in range(len(s)):
        v = values[s[i]]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all([from_roman(to_roman(n)) == n for n in range(1, 2000)]))

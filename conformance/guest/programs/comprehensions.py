# List and dict comprehensions: filters, nested clauses, own scope for their variables.

squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in squares if n % 2 == 0]
print(evens)
pairs = [x * 10 + y for x in range(1, 4) for y in range(3) if x != y]
print(pairs)
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words}
print(lengths)
upper = [w.upper() for w in words if len(w) > 3]
print(upper)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row]
print(flat, sum(flat))
index = {i: w for i, w in enumerate(words) if i % 2 == 0}
print(index)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverted)

n = 100
doubled = [n * 2 for n in range(3)]
print(doubled, n)


def char_counts(text: str) -> dict[str, int]:
    return {c: text.count(c) for c in text if c != " "}


print(char_counts("hello world"))
print([c for c in "a1b2c3" if c.isdigit()], [len(s) for s in ["", "x", "xy"]])

# Pascal's triangle with list concatenation, zip and slicing; centred with str methods.

rows: list[list[int]] = [[1]]
for _ in range(9):
    prev = rows[-1]
    rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
width = len(" ".join([str(v) for v in rows[-1]]))
for row in rows:
    line = " ".join([str(v) for v in row])
    pad = (width - len(line)) // 2
    print(" " * pad + line)
print(sum(rows[-1]), rows[5][1:-1], [r[len(r) // 2] for r in rows][::2])

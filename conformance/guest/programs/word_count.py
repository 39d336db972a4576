def words(text: str) -> list[str]:
    out: list[str] = []
    current = ""
    for ch in text:
        if ch == " " or ch == "," or ch == ".":
            if current != "":
                out.append(current.lower())
                current = ""
        else:
            current += ch
    if current != "":
        out.append(current.lower())
    return out


text = "The cat sat on the mat. The dog sat, too. A cat, a dog, the end"
counts: dict[str, int] = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
print(counts)
best = ""
best_n = 0
for w in counts:
    if counts[w] > best_n:
        best = w
        best_n = counts[w]
print(f"most common: {best!r} x{best_n}")

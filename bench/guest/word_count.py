# word count: generates a few MB of text, splits it and counts words in a dict (str and dict heavy).

VOCAB = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris "
         "nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse "
         "cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui "
         "officia deserunt mollit anim id est laborum").split()


def generate(words: int, seed: int) -> str:
    lines: list[str] = []
    line: list[str] = []
    for i in range(words):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = VOCAB[(seed >> 8) % len(VOCAB)]
        if (seed >> 4) % 7 == 0:
            w = w.upper()
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(counts: dict[str, int], seed: int) -> int:
    text = generate(600000, seed)
    for w in text.split():
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    return len(text)


# eight rounds of 600,000 words (each round's text and words are garbage once counted)
counts: dict[str, int] = {}
size = 0
for r in range(8):
    size += count_words(counts, 12345 + r)
print("bytes", size)
print("distinct", len(counts))
ranked = sorted([f"{c:08d} {w}" for w, c in counts.items()], reverse=True)
for entry in ranked[:5]:
    print(entry)

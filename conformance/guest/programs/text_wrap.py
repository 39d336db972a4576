# Greedy word wrapping and justification.

TEXT = ("The quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly "
        "and a wizard's job is to vex chumps quickly in fog")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    length = 0
    for word in text.split():
        if len(current) > 0 and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current = []
            length = 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


for w in [20, 32]:
    for line in wrap(TEXT, w):
        print("|" + line + " " * (w - len(line)) + "|")
    print()
print(max([len(l) for l in wrap(TEXT, 25)]), len(wrap(TEXT, 10)))

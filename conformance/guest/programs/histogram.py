# A text histogram: counting, sorting (count, word) tuples and drawing bars with str repetition.

text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
counts: dict[str, int] = {}
for word in text.lower().split():
    counts[word] = counts.get(word, 0) + 1
rows = sorted([(-c, w) for w, c in counts.items()])
width = max([len(w) for w in counts])
for neg, w in rows[:6]:
    print(w + " " * (width - len(w)), "#" * -neg, -neg)
print(len(counts), sum([c for c in counts.values()]))

# Grouping anagrams: a signature made by sorting characters, dicts of lists, sorted output.

words = "listen silent enlist google inlets banana tinsel elgoog stone tones notes onset".split()
groups: dict[str, list[str]] = {}
for w in words:
    key = "".join(sorted([c for c in w]))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key in sorted([k for k in groups]):
    members = groups[key]
    if len(members) > 1:
        print(key, sorted(members), len(members))
singles = [g[0] for g in groups.values() if len(g) == 1]
print("singles:", singles)

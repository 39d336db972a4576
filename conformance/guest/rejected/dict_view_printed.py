counts: dict[str, int] = {"a": 1}
print(counts.keys())

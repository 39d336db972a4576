ages: dict[str, int] = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["ann"] = 32
print(ages, len(ages), ages["bob"], "cy" in ages, "dan" in ages)
print(ages.get("dan", -1), ages.get("ann", 0))
for name in ages:
    print(name, ages[name])
counts: dict[str, int] = {}
for w in ["a", "b", "a", "c", "b", "a"]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
squares: dict[int, int] = {}
for i in range(-5, 200):
    squares[i] = i * i
print(len(squares), squares[-5], squares[199], 0 in squares, 200 in squares)
groups: dict[str, list[str]] = {"x": ["1"], "y": []}
groups["x"].append("2")
print(groups)
flags: dict[bool, str] = {True: "yes", False: "no"}
print(flags[True], flags)
scores: dict[str, float] = {"a": 1.5}
scores["a"] += 1.0
print(scores)

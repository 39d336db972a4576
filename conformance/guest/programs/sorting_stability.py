# Stable sorting of tuples and sorting by a computed key via decorate-sort-undecorate.

people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
by_age = sorted([(age, i, name) for i, (name, age) in enumerate(people)])
print([name for _, _, name in by_age])
by_name_len = sorted([(len(name), name) for name, _ in people], reverse=True)
print(by_name_len)
ages = sorted([age for _, age in people])
print(ages, ages[len(ages) // 2], sorted([3, 1, 2]))
floats = [2.5, -0.5, 1e10, 3.25, -7.0]
floats.sort()
print(floats, sorted(["b", "B", "a", "A", "_"]))

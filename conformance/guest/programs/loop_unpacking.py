# for loops over enumerate(), zip(), reversed() and dict items/keys/values with several names.

names = ["ada", "grace", "alan"]
years = [1815, 1906, 1912]
for i, name in enumerate(names):
    print(i, name)
for name, year in zip(names, years):
    print(f"{name:>6} born {year}")
for a, b, c in zip(names, years, "xyz"):
    print(a, b, c)
for ch in reversed("abc"):
    print(ch, end=" ")
print()
for y in reversed(years):
    print(y, end=" ")
print()

ages = {"ada": 36, "grace": 85, "alan": 41}
for k, v in ages.items():
    print(k, "->", v)
total = 0
for v in ages.values():
    total += v
print("total", total)
for k in ages.keys():
    print(k.upper(), end=";")
print()

for i, (ch) in enumerate("hi"):
    print(i, ch)

short = [1, 2]
long = [10, 20, 30, 40]
print([a + b for a, b in zip(short, long)])

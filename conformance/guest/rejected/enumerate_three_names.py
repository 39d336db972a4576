names = ["a", "b"]
for i, name, extra in enumerate(names):
    print(i, name, extra)

d: dict[str, int] = {"a": 1, "b": 2}
del d["a"]
print(d)
print(d.pop("b"), d)
del d["a"]
print("not reached")

d: dict[str, int] = {"a": 1}
print(d["a"])
print(d["missing"])

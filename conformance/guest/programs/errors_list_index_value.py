names = ["a", "b"]
print(names.index("b"))
print(names.index("zz"))

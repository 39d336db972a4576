a = {1, 2}
b = {"x"}
print(sorted(a | b))

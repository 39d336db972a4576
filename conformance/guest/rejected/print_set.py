s = {3, 1, 2}
print(s)

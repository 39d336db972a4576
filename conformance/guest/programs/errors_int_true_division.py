n = 10
ratio = 1 / 0 if n > 5 else 2
print(ratio)

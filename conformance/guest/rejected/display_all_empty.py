pairs = [[], []]
print(pairs)

row = (1, "a", 2.5)
i = 1
print(row[i])

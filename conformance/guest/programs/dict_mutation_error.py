d: dict[int, int] = {1: 1, 2: 4}
for k in d:
    print(k)
    d[k + 10] = 0

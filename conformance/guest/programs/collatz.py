def steps(n: int) -> int:
    count = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        count += 1
    return count


best = 0
best_n = 0
for n in range(1, 3000):
    s = steps(n)
    if s > best:
        best = s
        best_n = n
print(best_n, best)

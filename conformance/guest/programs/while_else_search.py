# Searching with while/else and for/else, including nested loops and continue.


def find_pair(xs: list[int], total: int) -> str:
    i = 0
    while i < len(xs):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == total:
                break
        else:
            i += 1
            continue
        return f"{xs[i]}+{xs[j]}"
    else:
        return "none"


data = [8, 3, 11, 6, 2, 9]
for t in [5, 17, 20, 100]:
    print(t, find_pair(data, t))
for n in range(10, 30):
    for p in range(2, n):
        if n % p == 0:
            break
    else:
        print(n, end=" ")
print()

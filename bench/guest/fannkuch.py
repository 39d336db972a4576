# fannkuch-redux: permutations and prefix reversals (list indexing heavy).


def fannkuch(n: int) -> list[int]:
    perm1 = [i for i in range(n)]
    count = [0] * 0
    for i in range(n):
        count.append(0)
    perm = [0 for i in range(n)]
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if perm_count % 2 == 0 else -flips
        while True:
            if r == n:
                return [checksum, max_flips]
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


result = fannkuch(10)
print(result[0])
print(f"Pfannkuchen(10) = {result[1]}")

def primes_below(n: int) -> list[int]:
    is_prime: list[bool] = []
    for i in range(n):
        is_prime.append(i >= 2)
    p = 2
    while p * p < n:
        if is_prime[p]:
            for m in range(p * p, n, p):
                is_prime[m] = False
        p += 1
    out: list[int] = []
    for i in range(n):
        if is_prime[i]:
            out.append(i)
    return out


ps = primes_below(200)
print(len(ps), ps[0], ps[-1], sum(ps))
print(ps)

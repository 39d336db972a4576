# A library component: the top-level code runs once, before the first export call, and builds the
# state the exports read (a prime sieve); its output comes before the call's.
LIMIT: int = 1000
sieve: list[bool] = [True] * (LIMIT + 1)
sieve[0] = False
sieve[1] = False
for i in range(2, LIMIT + 1):
    if sieve[i]:
        for j in range(i * i, LIMIT + 1, i):
            sieve[j] = False
primes: list[int] = [i for i in range(LIMIT + 1) if sieve[i]]
print(f"sieve ready: {len(primes)} primes up to {LIMIT}")


@export
def is_prime(n: int) -> bool:
    if n > LIMIT:
        raise ValueError(f"{n} is beyond the sieve (limit {LIMIT})")
    return n >= 0 and sieve[n]


@export
def nth_prime(k: int) -> int:
    return primes[k]


@export
def primes_below(n: int) -> list[int]:
    return [p for p in primes if p < n]


@export
def describe(n: int) -> str:
    return f"{n} is {'prime' if is_prime(n) else 'composite'}"

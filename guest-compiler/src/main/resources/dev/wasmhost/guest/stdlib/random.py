# The guest standard library's random module: random, randint, seed. The generator is SplitMix64, not
# CPython's Mersenne Twister: a seeded sequence is reproducible but differs from CPython's. Unseeded, the
# state comes from the host's random source (random_get, or wasi:random get-random-u64).


def _entropy() -> int:
    if __is_component() == 1:
        return __random_u64()
    __random_get(__scratch(), 8)
    return __load64(__scratch())


_state: int = _entropy()


def seed(n: int) -> None:
    global _state
    _state = n


def _next() -> int:
    global _state
    _state = __wrap_add(_state, -7046029254386353131)
    z = _state
    z = __wrap_mul(z ^ __shr_u(z, 30), -4658895280553007687)
    z = __wrap_mul(z ^ __shr_u(z, 27), -7723592293110705685)
    return z ^ __shr_u(z, 31)


def random() -> float:
    return float(__shr_u(_next(), 11)) / 9007199254740992.0


def randint(a: int, b: int) -> int:
    if a > b:
        __raise("ValueError", "empty range in randint(" + str(a) + ", " + str(b) + ")")
    n = b - a + 1
    return a + __shr_u(_next(), 1) % n

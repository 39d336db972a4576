"""A module whose function recurses until the engine's call stack is exhausted."""


def walk(x: int, limit: int) -> int:
    if x >= limit:
        return x
    return walk(x + 1, limit) + 0

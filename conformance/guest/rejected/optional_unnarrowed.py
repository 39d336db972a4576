def bump(x: int | None) -> int:
    return x + 1


print(bump(1))

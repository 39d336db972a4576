def half(n: int) -> float:
    return n / 2


print(half(3), 7 / 7, 1 / 4)
print(half(1) / 0)

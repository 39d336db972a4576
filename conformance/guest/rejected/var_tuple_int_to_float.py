def scale(xs: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(x * 2 for x in xs)


counts = tuple([1, 2, 3])
print(scale(counts))

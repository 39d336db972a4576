def mean(samples: tuple[float, ...]) -> float:
    return sum(samples) / len(samples)


print(mean((1.0, 2.0, 4.5)))

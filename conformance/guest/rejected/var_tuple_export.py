@export
def mean(samples: tuple[float, ...]) -> float:
    return sum(samples) / len(samples)

def bump_first(counts: tuple[int, ...]) -> tuple[int, ...]:
    counts[0] = counts[0] + 1
    return counts

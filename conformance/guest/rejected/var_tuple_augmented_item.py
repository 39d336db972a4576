totals: tuple[float, ...] = (1.0, 2.0)
totals[-1] += 0.5

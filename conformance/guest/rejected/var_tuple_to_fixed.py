def corners() -> tuple[int, ...]:
    return (0, 1)


x, y = corners()
pair: tuple[int, int] = corners()

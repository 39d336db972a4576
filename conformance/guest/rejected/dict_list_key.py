grid: dict[list[int], int] = {}

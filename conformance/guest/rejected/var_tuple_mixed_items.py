def widths() -> tuple[int, ...]:
    return (3, "4", 5)

groups: set[tuple[list[str], ...]] = set()

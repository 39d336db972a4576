seen: tuple[str, ...] = ()
seen.append("x")

def lengths(words: list[str]) -> list[int]:
    return [w.upper() for w in words]

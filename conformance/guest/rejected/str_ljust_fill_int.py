def pad(s: str) -> str:
    return s.ljust(10, 0)

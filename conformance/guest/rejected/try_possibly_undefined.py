def parse(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        print("bad")
    return n

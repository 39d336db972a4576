@export
def concat(a: str, b: str, c: str, d: str, e: str, f: str, g: str, h: str, i: str) -> str:
    return a + b + c + d + e + f + g + h + i

def name() -> int:
    return "x"

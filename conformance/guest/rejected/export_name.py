@export
def getValue() -> int:
    return 1

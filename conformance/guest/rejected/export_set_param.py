@export
def size(items: set[str]) -> int:
    return len(items)

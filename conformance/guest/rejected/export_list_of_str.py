@export
def count(words: list[str]) -> int:
    return len(words)

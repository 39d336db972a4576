# An uncaught ValueError from unpacking a tuple[T, ...] of the wrong length.
def split_words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


first, second = split_words("alpha beta")
print(first, second)
first, second = split_words("alpha beta gamma")
print(first, second)

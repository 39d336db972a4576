# @export functions over T | None (option<T>) for str and lists.


@export
def find_word(text: str, prefix: str) -> str | None:
    for w in text.split():
        if w.startswith(prefix):
            return w
    return None


@export
def greet(name: str | None) -> str:
    if name is None:
        return "hello, stranger"
    return "hello, " + name


@export
def evens(xs: list[int] | None) -> list[int] | None:
    if xs is None:
        return None
    return [x for x in xs if x % 2 == 0]


@export
def total(xs: list[float] | None, extra: float) -> float:
    if xs is None:
        return extra
    return sum(xs) + extra

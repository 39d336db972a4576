import b


def value() -> int:
    return 1

import main


def twice_limit() -> int:
    return 2 * main.LIMIT

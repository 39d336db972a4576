def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as err:
        print("bad input")
    print(err)
    return 0

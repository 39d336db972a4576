counter = 0
log: list[str] = []
name = "start"


def bump(by: int) -> int:
    global counter
    counter += by
    log.append(f"bump {by}")
    return counter


def rename(new: str) -> None:
    global name
    name = new


bump(2)
bump(5)
rename("done")
print(counter, log, name)

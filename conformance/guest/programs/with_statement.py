from types import TracebackType
from typing import Optional


class Log:
    lines: list[str]

    def __init__(self) -> None:
        self.lines = []

    def add(self, line: str) -> None:
        self.lines.append(line)


class Section:
    log: Log
    name: str

    def __init__(self, log: Log, name: str) -> None:
        self.log = log
        self.name = name

    def __enter__(self) -> "Section":
        self.log.add("enter " + self.name)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc is None:
            self.log.add("exit " + self.name)
        else:
            self.log.add("exit " + self.name + " with " + type(exc).__name__ + ": " + str(exc))


class Suppress:
    count: int

    def __init__(self) -> None:
        self.count = 0

    def __enter__(self) -> None:
        pass

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> bool:
        if exc is not None and isinstance_value_error(exc):
            self.count += 1
            return True
        return False


def isinstance_value_error(e: BaseException) -> bool:
    try:
        raise e
    except ValueError:
        return True
    except BaseException:
        return False


def work(log: Log, n: int) -> int:
    with Section(log, "work") as s:
        s.log.add("working on " + str(n))
        if n == 0:
            return -1
        if n < 0:
            raise ValueError("negative")
        log.add("done")
    return n * 2


log = Log()
print(work(log, 3))
print(work(log, 0))
try:
    work(log, -5)
except ValueError as e:
    print("caught", e)
for line in log.lines:
    print(line)

sup = Suppress()
for k in range(4):
    with sup:
        if k % 2 == 0:
            raise ValueError("even " + str(k))
        print("odd", k)
print("suppressed", sup.count)
try:
    with sup:
        raise KeyError("not suppressed")
except KeyError as e:
    print("passed through", repr(e))

log2 = Log()
with Section(log2, "outer"), Section(log2, "inner"):
    log2.add("body")
for i in range(3):
    with Section(log2, "loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        log2.add("after " + str(i))
print("\n".join(log2.lines))

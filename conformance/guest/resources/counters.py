# @export classes become WIT resources of the exported interface wasmhost:guest/api: the constructor is __init__,
# the public methods take self as a borrow, a parameter of an exported class is a borrow and a result an own handle.
# The guest keeps the objects the host holds handles to in a rooted table; dropping a handle runs the resource's
# destructor, which calls __del__ and frees the slot. A function or method that raises WitError returns
# result<T, string>.
# Driven by conformance/components/scenarios/guest-counters.json.
from wit_world import WitError

constructed: int = 0
dropped: int = 0


@export
class Counter:
    amount: int
    label: str
    history: list[int]

    def __init__(self, start: int, label: str) -> None:
        global constructed
        constructed += 1
        self.amount = start
        self.label = label
        self.history = [start]

    def value(self) -> int:
        return self.amount

    def name(self) -> str:
        return self.label

    def add(self, delta: int) -> int:
        self.amount += delta
        self.history.append(self.amount)
        return self.amount

    def rename(self, label: str) -> None:
        self.label = label

    def absorb(self, other: Counter) -> int:
        """Adds the borrowed counter's value to this one."""
        self.amount += other.amount
        self.history.append(self.amount)
        return self.amount

    def fork(self, suffix: str) -> Counter:
        return Counter(self.amount, self.label + suffix)

    def steps(self) -> list[int]:
        return self.history

    def take(self, n: int) -> int:
        if n > self.amount:
            raise WitError(f"cannot take {n} from {self.amount}")
        self.amount -= n
        self.history.append(self.amount)
        return self.amount

    def churn(self, n: int) -> int:
        """Allocates enough garbage for the collector to run while the host holds handles."""
        total = 0
        for i in range(n):
            parts = [str(i), self.label, "x" * (i % 50)]
            total += len("-".join(parts))
        return total

    def _hidden(self) -> int:
        return -1

    def __del__(self) -> None:
        global dropped
        dropped += 1


@export
class Tag:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def text(self) -> str:
        return "#" + self.name

    def apply(self, c: Counter) -> str:
        old = c.label
        c.label = self.name
        return old


@export
def same(a: Counter, b: Counter) -> bool:
    return a is b


@export
def zero(label: str) -> Counter:
    return Counter(0, label)


@export
def total(a: Counter, b: Counter, extra: int) -> int:
    return a.amount + b.amount + extra


@export
def checked(start: int, label: str) -> Counter:
    if start < 0:
        raise WitError("negative start " + str(start))
    return Counter(start, label)


@export
def stats() -> tuple[int, int]:
    return (constructed, dropped)

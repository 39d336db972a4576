from dataclasses import dataclass, field
from enum import Enum, auto


class ConfigError(Exception):
    pass


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad number: " + s) from e


class Level(Enum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = 10
    CRITICAL = auto()


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    limit: int = field(default=3)

    def add(self, item: str) -> None:
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1


try:
    parse("x1")
except ConfigError as e:
    print("caught", e)
    c = e.__cause__
    if c is not None:
        print("cause:", type(c).__name__, c)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__cause__ is None)
print(ValueError("plain").__cause__ is None)

for level in Level:
    print(level, level.value)
print(Level(2), Level.CRITICAL.value)

a = Inventory("ann")
b = Inventory("bob", ["hat"])
a.add("pen")
a.add("pen")
print(a)
print(b)
print(len(Inventory("cy").items), a.limit)
print(parse("12") + parse("x2"))

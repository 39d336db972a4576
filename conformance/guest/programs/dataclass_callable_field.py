# A dataclass with a function-valued field: no __repr__ is generated for it (a function's repr is its
# address), and the class works otherwise.
from dataclasses import dataclass
from typing import Callable


@dataclass
class Handler:
    name: str
    run: Callable[[int], int]


def triple(x: int) -> int:
    return 3 * x


handlers = [Handler("double", lambda x: 2 * x), Handler("triple", triple)]
for h in handlers:
    f = h.run
    print(h.name, f(4))

from dataclasses import dataclass, field


@dataclass
class Box:
    items: list[int] = field(default_factory=list, repr=False)

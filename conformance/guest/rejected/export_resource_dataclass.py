from dataclasses import dataclass


@export
@dataclass
class Point:
    x: int
    y: int

from enum import Enum


class Mixed(Enum):
    A = 1
    B = "b"

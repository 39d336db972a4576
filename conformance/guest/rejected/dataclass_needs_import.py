@dataclass
class P:
    x: int

from typing import Optional


class Rec:
    _n: Optional[str]

    def __init__(self) -> None:
        self._n = "a"

    @property
    def nick(self) -> Optional[str]:
        return self._n


r = Rec()
if r.nick is not None:
    print(r.nick.upper())

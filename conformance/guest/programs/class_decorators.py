# @staticmethod, @classmethod (cls calls the constructor and other class methods of the class it was
# called through, also when inherited) and @property with a setter, called through the class and
# through instances, overridden in subclasses.
from dataclasses import dataclass
from typing import Optional


class Money:
    _cents: int
    currency: str

    def __init__(self, cents: int, currency: str = "EUR") -> None:
        self.cents = cents
        self.currency = currency

    @property
    def cents(self) -> int:
        return self._cents

    @cents.setter
    def cents(self, value: int) -> None:
        if value < 0:
            raise ValueError(f"negative amount: {value}")
        self._cents = value

    @property
    def units(self) -> float:
        return self.cents / 100

    @staticmethod
    def parse_cents(text: str) -> int:
        whole, _, frac = text.strip().partition(".")
        return int(whole) * 100 + int((frac + "00")[:2])

    @classmethod
    def from_text(cls, text: str) -> "Money":
        amount, currency = text.split()
        return cls(Money.parse_cents(amount), currency)

    @classmethod
    def zero(cls) -> "Money":
        return cls.from_text("0.00 " + cls.default_currency())

    @staticmethod
    def default_currency() -> str:
        return "EUR"

    def __str__(self) -> str:
        return f"{self.units:.2f} {self.currency}"


class Tip(Money):
    @staticmethod
    def default_currency() -> str:
        return "USD"

    def __str__(self) -> str:
        return "tip " + super().__str__()


class Account:
    owner: str
    history: list[int]
    limit: Optional[int]

    def __init__(self, owner: str, limit: Optional[int] = None) -> None:
        self.owner = owner
        self.history = []
        self.limit = limit

    @property
    def balance(self) -> int:
        return sum(self.history)

    @property
    def last(self) -> Optional[int]:
        return self.history[-1] if self.history else None

    @property
    def headroom(self) -> int:
        return (self.limit or 1000) - self.balance

    def deposit(self, cents: int) -> None:
        if cents > self.headroom:
            raise ValueError(f"{self.owner}: over the limit by {cents - self.headroom}")
        self.history.append(cents)

    @classmethod
    def kind(cls) -> str:
        return "account"

    @classmethod
    def opened(cls, owner: str, first: int) -> "Account":
        acct = cls(owner)
        acct.deposit(first)
        return acct

    def summary(self) -> str:
        return f"{self.kind()} of {self.owner}: {self.balance} (last {self.last}, headroom {self.headroom})"


class Savings(Account):
    @classmethod
    def kind(cls) -> str:
        return "savings " + super_kind()

    @property
    def headroom(self) -> int:
        return 500 - self.balance


class Junior(Savings):
    pass


def super_kind() -> str:
    return Account.kind()


@dataclass
class Point:
    x: float
    y: float

    @property
    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    @staticmethod
    def origin() -> "Point":
        return Point(0.0, 0.0)

    @classmethod
    def on_diagonal(cls, d: float) -> "Point":
        return cls(d, d)


m = Money.from_text("12.5 EUR")
print(m, m.cents, m.units, Money.parse_cents("3.07"), m.parse_cents("1"))
m.cents += 199
print(m)
try:
    m.cents = -1
except ValueError as e:
    print("ValueError:", e)
print(Money.zero(), Tip.zero(), Tip.from_text("2.00 GBP"), type(Tip.zero()).__name__)
print(m.default_currency(), Tip(5).default_currency(), Tip.default_currency())

accounts: list[Account] = [Account.opened("ann", 300), Savings.opened("bob", 200), Junior.opened("cy", 50)]
for a in accounts:
    print(a.summary())
    print(" ", type(a).__name__, a.kind(), Account.kind(), a.last or 0)
for a in accounts:
    try:
        a.deposit(600)
        print(a.owner, "deposited")
    except ValueError as e:
        print("ValueError:", e)
empty = Account("dee", 10)
print(empty.last, empty.headroom, Junior.kind())

p = Point.on_diagonal(3.0)
print(p, p.norm2, Point.origin() == Point(0.0, 0.0), Point.origin().norm2)

# Printing containers of class instances: each instance through its __repr__ (also when str() or
# print() of the container is asked for, as CPython does), dataclasses through their generated one,
# nested lists, dicts, tuples and optionals.
from dataclasses import dataclass


class Card:
    def __init__(self, rank: str, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    def __repr__(self) -> str:
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self) -> str:
        return self.rank + self.suit


@dataclass
class Hand:
    owner: str
    cards: list[Card]


cards = [Card("A", "♠"), Card("10", "♥")]
print(cards, str(cards), f"{cards}", [cards[0]])
empty: list[Card] = []
print(empty, {"top": cards[0], "second": cards[1]}, (cards[0],), (cards[0], 3, "x"))
print([[cards[1]], cards[2:]], {"hands": [Hand("ann", cards)]})
maybe: list[Card | None] = [None, cards[0]]
print(maybe, Hand("bob", []), [Hand("cy", cards[:1])])
print(str(cards[0]), repr(cards[0]), cards[0])
by_suit: dict[str, list[Card]] = {}
for c in cards:
    by_suit.setdefault(c.suit, []).append(c)
print(by_suit, len(str(by_suit)))
some: tuple[Card, ...] = tuple(cards)
print(some, some[:1], some[:0], len(str(some)))

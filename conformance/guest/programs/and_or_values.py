# 'and' / 'or' with CPython's value semantics: the left operand is evaluated once and is the result
# when it decides (false for 'and', true for 'or'); T | None or T is a T. In conditions, operands of
# any type are tested for their truth.
from typing import Optional


class Contact:
    name: str
    email: Optional[str]
    manager: "Contact | None"

    def __init__(self, name: str, email: Optional[str], manager: "Contact | None") -> None:
        self.name = name
        self.email = email
        self.manager = manager


class Team:
    lead: Contact

    def __init__(self, lead: Contact) -> None:
        self.lead = lead


class Squad(Team):
    pass


def owner_of(team: Optional[Squad], fallback: Team) -> Team:
    # Squad | None or Team: a Team (the base class)
    return team or fallback


def display_name(given: str, nickname: Optional[str]) -> str:
    return nickname or given or "(anonymous)"


def page_size(requested: int) -> int:
    size = requested or 20
    return size


def first_word(text: str) -> str:
    words = text.split()
    return text.strip() and words[0] or "-"


def tags_or_default(tags: list[str]) -> list[str]:
    return tags or ["untagged"]


calls: list[str] = []


def probe(label: str, value: int) -> int:
    calls.append(label)
    return value


boss = Contact("Ada", "ada@example.com", None)
dev = Contact("Linus", None, boss)
intern = Contact("", None, dev)
for c in [boss, dev, intern]:
    email = c.email or "no email"
    manager_name = c.manager and c.manager.name
    print(f"{display_name(c.name, None)!r:14} {email:16} {manager_name}")

print(display_name("Grace", "gh"), display_name("Grace", ""), display_name("", None))
print(page_size(0), page_size(50))
print(first_word("  hello world "), first_word("   "))
print(tags_or_default([]), tags_or_default(["a", "b"]))

# each operand evaluated at most once, left to right, stopping early
total = probe("a", 0) or probe("b", 3) or probe("c", 4)
print(total, calls)
calls.clear()
product = probe("x", 2) and probe("y", 0) and probe("z", 5)
print(product, calls)

# floats, dicts, sets and optional ints
ratio = 0.0
print(ratio or 1.5, 2.5 or 1.5, ratio and 9.0)
settings: dict[str, int] = {}
print(settings or {"retries": 3}, {"a": 1} and {"b": 2})
seen: set[int] = set()
print(len(seen or {0}))
limit: Optional[int] = None
print(limit or 10, limit and limit * 2)
limit = 0
print(limit or 10, limit and limit * 2)
limit = 4
print(limit or 10, limit and limit * 2)
word: Optional[str] = None
print(word and word.upper(), word or None)
word = "quiet"
print(word and word.upper(), word or None)

# conditions: operands of mixed types, tested for truth
queue = [3, 1]
label = "jobs"
if queue and label:
    print("busy", label)
while queue or not label:
    print("pop", queue.pop())
if not (queue or settings):
    print("all empty")
names = ["ann", "", "bob", ""]
print([n or "?" for n in names], [n for n in names if n and n != "bob"])
print(sum(1 for n in names if not n or n == "ann"))
print(owner_of(None, Team(boss)).lead.name, owner_of(Squad(dev), Team(boss)).lead.name)

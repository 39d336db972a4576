# A small inventory report in everyday Python: dataclasses, isinstance on a class hierarchy,
# dict and str methods, generator expressions, map/filter/sorted with keys, str.format and
# %-formatting, round(), enumerate(start=1), print(*...), list and dict comparisons.
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list[str] = field(default_factory=list)


class Event:
    sku: str

    def __init__(self, sku: str) -> None:
        self.sku = sku


class Sale(Event):
    count: int

    def __init__(self, sku: str, count: int) -> None:
        super().__init__(sku)
        self.count = count


class Restock(Event):
    count: int
    cost: float

    def __init__(self, sku: str, count: int, cost: float) -> None:
        super().__init__(sku)
        self.count = count
        self.cost = cost


RAW = """sku,name,price,qty,tags
A-100, Widget ,2.50,10,tools;small
B-200,Gadget,10.00,3,
C-300,  Gizmo,7.25,0,toys;small;blue
"""


def parse(text: str) -> dict[str, Item]:
    items: dict[str, Item] = {}
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    assert header == ["sku", "name", "price", "qty", "tags"]
    for line in lines[1:]:
        sku, name, price, qty, tags = line.split(",", 4)
        items[sku] = Item(sku, name.strip(), float(price),
                          int(qty), [t for t in tags.split(";") if t])
    return items


def apply(items: dict[str, Item], events: list[Event]) -> float:
    spent = 0.0
    for e in events:
        item = items.get(e.sku)
        if item is None:
            print("unknown sku %s" % e.sku)
            continue
        if isinstance(e, Sale):
            sold = min(e.count, item.qty)
            item.qty -= sold
        elif isinstance(e, Restock):
            item.qty += e.count
            spent += e.count * e.cost
    return spent


def main() -> None:
    items = parse(RAW)
    spent = apply(items, [Sale("A-100", 4), Restock("C-300", 5, 3.1), Sale("B-200", 9), Sale("Z-1", 1)])
    print("spent {:.2f}".format(spent))
    for i, item in enumerate(sorted(items.values(), key=lambda it: (-it.qty, it.name)), start=1):
        print("%d. %-8s qty=%3d value=%8.2f tags=%s" % (i, item.name, item.qty, item.qty * item.price, ",".join(item.tags)))
    total = sum(it.qty * it.price for it in items.values())
    print("total", round(total, 2), "avg price", round(sum(map(lambda it: it.price, items.values())) / len(items), 3))
    small = sorted(filter(lambda it: "small" in it.tags, items.values()), key=lambda it: it.sku)
    print(*[it.sku for it in small], sep=" | ")
    counts = dict(zip(items.keys(), (it.qty for it in items.values())))
    print(counts, counts == {"A-100": 6, "B-200": 0, "C-300": 5}, max(counts.items(), key=lambda kv: kv[1]))
    names = [it.name.upper() for it in items.values()]
    print(names, names > ["GADGET"], any(n.startswith(("GI", "ZZ")) for n in names), all(map(str.isalpha, names)))
    print(hash((1, 2.5)) == hash((1, 2.5)), divmod(int(total * 100), 100), int("ff", 16), pow(3, 4, 5))


main()

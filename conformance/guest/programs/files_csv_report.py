from dataclasses import dataclass, field


@dataclass
class Totals:
    count: int = 0
    amount: int = 0
    names: list[str] = field(default_factory=list)


def write_sales(path: str) -> None:
    rows = [("north", "ann", 120), ("south", "bob", 80), ("north", "cy", 45), ("east", "dee", 300), ("south", "eve", 15)]
    with open(path, "w") as f:
        f.write("region,name,amount\n")
        for region, name, amount in rows:
            f.write(f"{region},{name},{amount}\n")
        f.write("\n")


def summarize(path: str) -> dict[str, Totals]:
    totals: dict[str, Totals] = {}
    with open(path) as f:
        header = f.readline().strip().split(",")
        print("columns:", header)
        for line in f:
            parts = line.strip().split(",")
            if len(parts) != 3:
                continue
            t = totals.get(parts[0])
            if t is None:
                t = Totals()
                totals[parts[0]] = t
            t.count += 1
            t.amount += int(parts[2])
            t.names.append(parts[1])
    return totals


write_sales("sales.csv")
totals = summarize("sales.csv")
with open("report.txt", "w") as out:
    for region in sorted([r for r in totals]):
        t = totals[region]
        out.write(f"{region:<6}{t.count:>2}{t.amount:>6} {'/'.join(t.names)}\n")
with open("report.txt") as f:
    print(f.read(), end="")
with open("sales.csv", "rb") as raw:
    data = raw.read()
print(len(data), sum([1 for b in data if b == 10]), data[:6], data.hex()[:12])
with open("sales.csv", "a") as f:
    f.write("west,fay,7\n")
print(len(summarize("sales.csv")))

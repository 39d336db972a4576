# Format specs with replacement fields for the width and the precision: {x:{w}}, {x:.{p}f},
# {x:>{w}.{p}f}, {n:0{w}d}, with fill, alignment and sign around them; the value is evaluated
# before the spec's fields, which are evaluated in order.

calls: list[str] = []


def traced(name: str, v: int) -> int:
    calls.append(name)
    return v


def table(rows: list[tuple[str, float]]) -> None:
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        for digits in range(0, 4):
            print(f"|{name:<{width}}|{value:>{width + 4}.{digits}f}|{value:+.{digits}e}|")


table([("alpha", 3.14159), ("be", -2.5), ("gamma-ray", 1234.5678)])
for w in [0, 1, 3, 8]:
    print(f"[{'x':^{w}}][{42:0{w}d}][{-7:{w}}][{'ab':*>{w}}][{255:#0{w}x}][{1234567:_>{w},}]")
print(f"{traced('value', 5):{traced('width', 6)}.{traced('precision', 2)}f}", calls)
p = 3
print(f"{2 / 3:.{p}f} {2 / 3:.{p + 2}%} {10 ** 6:{p * 4},d} {1.5:{p}}")
try:
    print(f"{1.0:.{p - 4}f}")
except ValueError as e:
    print("ValueError:", e)

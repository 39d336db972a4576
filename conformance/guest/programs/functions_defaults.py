def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return greeting + ", " + name + punct


def area(w: float, h: float = 2.0) -> float:
    return w * h


def count_down(n: int, step: int = 1) -> list[int]:
    out: list[int] = []
    while n > 0:
        out.append(n)
        n -= step
    return out


def nothing() -> None:
    return


print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(area(3), area(1.5, 4), area(h=3.0, w=2.0))
print(count_down(5), count_down(10, step=3))
print(nothing())

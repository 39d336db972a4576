def check(a: int, b: int, c: int) -> str:
    parts: list[str] = []
    if a < b < c:
        parts.append("ascending")
    if a == b == c:
        parts.append("equal")
    if not (a > 0 and b > 0):
        parts.append("not both positive")
    if a < 0 or c < 0:
        parts.append("some negative")
    if 0 <= b <= 10 != c:
        parts.append("b small, c not ten")
    return ", ".join(parts) if len(parts) > 0 else "nothing"


print(check(1, 2, 3))
print(check(5, 5, 5))
print(check(-1, 4, 10))
print(check(3, 20, -2))
t = True
f = False
print(t and f, t or f, not t, t == f, t != f, t and not f)
x = 7
print("odd" if x % 2 == 1 else "even", bool(x), bool(0), bool(""), bool("a"), bool([1]))
n = 0
if n:
    print("never")
elif "text":
    print("non-empty str is true")
print(1 < 2.5, 2.0 == 2, True + True, 3 > True)

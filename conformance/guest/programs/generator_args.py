# Generator expressions as the argument of the builtins that consume them.
calls: list[int] = []


def seen(v: int) -> int:
    calls.append(v)
    return v


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    words = ["pear", "fig", "apple"]
    print(sum(x * x for x in xs))
    print(sum(x for x in xs if x % 2 == 0))
    print(sum(0.5 * x for x in xs))
    print(min(x for x in xs), max(-x for x in xs))
    print(sorted(len(w) for w in words), sorted((w for w in words), reverse=True))
    print("-".join(w.upper() for w in words))
    print(", ".join(f"{i}:{w}" for i, w in enumerate(words)))
    print(sum(i * j for i in range(4) for j in range(i)))
    # any() and all() stop at the first element that decides, as CPython's generators do
    print(any(seen(x) > 3 for x in xs), calls)
    calls.clear()
    print(all(seen(x) < 5 for x in xs), calls)
    calls.clear()
    print(any(seen(i * 10 + j) == 12 for i in range(3) for j in range(3) if j != 1), calls)
    calls.clear()
    print(all(seen(x) > 0 for x in xs if x > 2), calls)
    print(any(x > 100 for x in xs), all(w for w in words), any(w == "" for w in words[3:]))
    total = 0
    for k in range(3):
        total += sum(k * x for x in xs)
    print(total)
    try:
        print(min(x for x in xs if x > 100))
    except ValueError as e:
        print("ValueError:", e)


main()

class InsufficientFunds(Exception):
    needed: int

    def __init__(self, needed: int) -> None:
        super().__init__(f"need {needed} more")
        self.needed = needed


class ParseError(ValueError):
    pass


class Quiet(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


class Loud(Exception):
    def __str__(self) -> str:
        return "LOUD!"


def withdraw(balance: int, amount: int) -> int:
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


def parse(text: str) -> int:
    if not text.isdigit():
        raise ParseError("not a number: " + repr(text))
    return int(text)


def safe_div(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        return 0


def lookup(d: dict[str, int], k: str) -> int:
    try:
        v = d[k]
    except KeyError as e:
        print("missing key", e, repr(e))
        return -1
    else:
        print("found", k)
        return v
    finally:
        print("lookup done", k)


def index_or_default(xs: list[int], i: int) -> int:
    try:
        return xs[i]
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
        return -1


def nested(n: int) -> str:
    log: list[str] = []
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            if n == 1:
                raise Loud()
            log.append("inner ok")
        except ValueError as e:
            log.append("inner caught " + str(e))
            raise
        finally:
            log.append("inner finally")
    except Exception as e:
        log.append("outer caught " + type(e).__name__ + " " + str(e))
    return ", ".join(log)


def loop_with_finally() -> int:
    total = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            total += i
        finally:
            total += 100
    return total


def returns_in_finally() -> str:
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


print(withdraw(100, 30))
try:
    withdraw(10, 25)
except InsufficientFunds as e:
    print("insufficient:", e, e.needed)

for text in ["42", "x1", "7"]:
    try:
        print(parse(text) * 2)
    except ValueError as e:
        print(type(e).__name__, "-", e)

print(safe_div(7, 2), safe_div(1, 0))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
print(index_or_default([1, 2, 3], 1), index_or_default([1, 2, 3], 10))
print(nested(0))
print(nested(1))
print(nested(2))
print(loop_with_finally())
print(returns_in_finally())

try:
    raise Quiet(3)
except Quiet as q:
    print("quiet", q.code, repr(str(q)))

try:
    x = [1, 2][5]
except LookupError as e:
    print("lookup error:", e)

try:
    n = int("12a")
except ValueError as e:
    print(e)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    huge = 1e308 * 10
    print(int(huge))
except OverflowError as e:
    print("overflow:", e)
except Exception:
    print("not reached")

errors: list[Exception] = [ValueError("v"), KeyError("k"), Loud(), Exception()]
for err in errors:
    try:
        raise err
    except KeyError as e:
        print("key", str(e), repr(e))
    except Exception as e:
        print("other", str(e), repr(e))

try:
    try:
        print(1 / 0)
    except ZeroDivisionError:
        raise KeyError("from handler")
except KeyError as e:
    print("re-raised as", repr(e))

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError("again")
        break
    except ValueError:
        print("retry", count)
print("done after", count)

raise ParseError("final uncaught")

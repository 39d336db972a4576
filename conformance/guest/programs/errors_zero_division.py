def ratio(a: int, b: int) -> int:
    return a // b


print(ratio(10, 3))
print(ratio(1, 0))
print("unreachable")

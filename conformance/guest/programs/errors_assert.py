def positive(x: int) -> int:
    assert x > 0, f"expected positive, got {x}"
    return x


print(positive(3))
print(positive(-2))

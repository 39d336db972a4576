@export
def total(prices: dict[str, int]) -> int:
    n = 0
    for k in prices:
        n += prices[k]
    return n

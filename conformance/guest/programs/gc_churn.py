# Allocates far more than 64 MiB in total, keeping little alive.
def make_row(n: int) -> list[str]:
    row: list[str] = []
    for i in range(n):
        row.append("item-" + str(i))
    return row


keep: list[str] = []
total = 0
for round_ in range(300):
    row = make_row(200)
    total += len(row[199])
    if round_ % 100 == 0:
        keep.append(row[round_ % 200])
allocated = 0
chunk = "0123456789" * 10
for i in range(3000):
    block = chunk * 1000 + str(i)
    allocated += len(block)
print(total, keep, allocated, allocated > 256 * 1024 * 1024)

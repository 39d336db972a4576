# A queue simulation: a list used as a FIFO via slicing and pop, with a deterministic generator.

seed = 7


def rand(n: int) -> int:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


queue: list[tuple[int, int]] = []
served: list[int] = []
waits: dict[int, int] = {}
clock = 0
for tick in range(60):
    if rand(3) != 0:
        queue.append((tick, rand(5) + 1))
    if len(queue) > 0 and tick % 2 == 0:
        arrived, size = queue[0]
        queue = queue[1:]
        served.append(size)
        waits[arrived] = tick - arrived
print(len(served), sum(served), len(queue))
longest = max([w for w in waits.values()])
print("longest wait", longest, [t for t, w in waits.items() if w == longest][:3])
print(queue[:3], served[-5:])

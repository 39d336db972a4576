# time and random: only deterministic facts are printed (the clocks and the entropy differ per run).
import time
import random

t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.02)
elapsed = time.monotonic() - t0
print("slept at least 10 ms:", elapsed >= 0.01)
print("perf_counter advanced:", time.perf_counter() - p0 >= 0.01)
print("wall clock after 2020:", time.time() > 1577836800.0)
try:
    time.sleep(-1.0)
except ValueError as e:
    print("ValueError:", e)

random.seed(1234)
first = [random.random() for _ in range(5)]
random.seed(1234)
again = [random.random() for _ in range(5)]
print("seeded sequence repeats:", len([i for i in range(5) if first[i] == again[i]]) == 5)
print("all in [0, 1):", len([x for x in first if 0.0 <= x < 1.0]) == 5)
rolls = [random.randint(1, 6) for _ in range(600)]
print("dice in range:", min(rolls) >= 1 and max(rolls) <= 6)
print("every face seen:", len(set(rolls)) == 6)
print("randint(7, 7):", random.randint(7, 7))

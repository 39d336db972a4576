# range() where it is not iterated forwards: reversed(range(...)) in loops and comprehensions, len(range(...)),
# x in range(...) (also after a chained comparison), and the zero-step ValueError of each.

for i in reversed(range(5)):
    print(i, end=" ")
for i in reversed(range(1, 10, 3)):
    print(i, end=" ")
for i in reversed(range(10, 1, -4)):
    print(i, end=" ")
for i in reversed(range(3, 3)):
    print("never")
n = 4
print([i * i for i in reversed(range(n))], list(reversed(range(2, 2 * n))))
print(7 in range(1, 10, 2), 8 in range(1, 10, 2), 5 not in range(5), -3 in range(0, -10, -3), -4 in range(0, -10, -3))
print(len(range(0, 10, 3)), len(range(10)), len(range(5, 1)), len(range(10, 0, -3)), len(range(-5, 5, 7)))
print(0 < 3 in range(5), True in range(2))
try:
    print(len(range(1, 2, 0)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 in range(1, 2, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    for i in reversed(range(1, 5, n - 4)):
        print(i)
except ValueError as e:
    print("ValueError:", e)

# Common list methods and sorted(), any(), all().

xs = [5, 3, 8, 1]
xs.extend([9, 2])
xs.insert(0, 7)
xs.insert(-1, 4)
xs.insert(100, 6)
print(xs, xs.index(8), xs.count(4))
xs.remove(4)
xs.reverse()
print(xs)
ys = xs.copy()
xs.sort()
print(xs, ys)
ys.sort(reverse=True)
print(ys)
print(sorted(["pear", "apple", "fig"]), sorted([2.5, -1.0, 0.5], reverse=True), sorted([True, False, True]))
words = "banana Apple cherry apple".split()
print(sorted(words), words)
big = [(i * 7919) % 1000 for i in range(500)]
big.sort()
print(big[:5], big[-5:], all([big[i] <= big[i + 1] for i in range(len(big) - 1)]))
none: list[bool] = []
print(any([x > 8 for x in xs]), all([x > 0 for x in xs]), any(none), all(none))
xs.clear()
print(xs, len(xs))

scores = [3, 1, 2]
frozen = tuple(sorted(scores))
print(frozen)

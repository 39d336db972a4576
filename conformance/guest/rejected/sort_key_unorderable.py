xs = [3, 1, 2]
print(sorted(xs, key=lambda v: {v: 1}))

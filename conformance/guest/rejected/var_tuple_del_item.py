stack = tuple([1, 2, 3])
del stack[-1]

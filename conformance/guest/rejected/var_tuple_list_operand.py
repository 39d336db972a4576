row = tuple([1, 2])
both = row + [3]

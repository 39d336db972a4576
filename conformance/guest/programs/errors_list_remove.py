xs = [3, 1, 2]
xs.remove(1)
print(xs)
xs.remove(7)

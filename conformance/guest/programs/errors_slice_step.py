xs = [1, 2, 3]
step = 0
print(xs[::2])
print(xs[::step])

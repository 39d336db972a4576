pair = (1, "a")
x, y = pair
x += y

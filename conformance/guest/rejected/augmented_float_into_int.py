x: int = 1
x += 0.5

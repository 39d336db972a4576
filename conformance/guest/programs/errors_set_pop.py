s: set[int] = {3}
print(s.pop())
print(s.pop())

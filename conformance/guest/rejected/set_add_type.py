s: set[int] = set()
s.add("x")

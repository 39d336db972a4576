class P:
    x: int


ps = [P(), P()]
qs = sorted(ps)

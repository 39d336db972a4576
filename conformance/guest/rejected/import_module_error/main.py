from pkg.util import scale

print(scale(2))

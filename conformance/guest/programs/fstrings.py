name = "Ada"
n = 42
pi = 3.14159265
big = 1234567
print(f"hello {name}!")
print(f"{n:5d}|{n:<5d}|{n:^6d}|{n:05d}|{n:+d}|{-n:d}")
print(f"{pi:.2f} {pi:.0f} {pi:8.3f} {pi:<8.1f}| {pi:+.1f} {-pi:.3f}")
print(f"{big:,} {big:_} {big:,d} {1234567.891:,.2f}")
print(f"{name:>6}|{name:<6}|{name:^7}|{name:*^9}|{name}")
print(f"{255:x} {255:X} {8:o} {5:b} {255:#<6x}")
print(f"{0.5:%} {0.125:.1%} {2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f}")
print(f"{name!r} {n!r} {pi!s} {[1, 2]} {True} {{literal}}")
print(f"{n * 2 + 1} {len(name)} {name[0]}{name[-1]}")
print(f"{1e15:.1f} {-0.0:.2f} {7:.3f} {1/3}")

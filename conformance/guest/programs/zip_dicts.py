# Building dicts from zip(), inverting them, and iterating items in insertion order.

keys = ["red", "green", "blue", "alpha"]
values = [0xFF0000, 0x00FF00, 0x0000FF]
colors = {k: v for k, v in zip(keys, values)}
print(colors)
print({v: k for k, v in colors.items()})
for name, code in colors.items():
    print(f"{name:>6}: #{code:06x} {code >> 16 & 255:3d} {code >> 8 & 255:3d} {code & 255:3d}")
merged: dict[str, int] = {}
for d in [colors, {"black": 0, "red": 1}]:
    for k, v in d.items():
        merged[k] = v
print(merged, len(merged), [k for k in merged if merged[k] > 1])

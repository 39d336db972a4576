# Slicing of str and list with start, stop and step, including negative ones and out-of-range bounds.

s = "Hello, World"
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[10:2:-2])
print(repr(s[5:5]), repr(s[100:]), repr(s[-100:3]), repr(s[3:1]))

u = "naïve café ☕ ok"
print(u[2:8], u[::-1], u[-4:], u[::3])

xs = [10, 20, 30, 40, 50, 60, 70]
print(xs[2:5], xs[:3], xs[4:], xs[-2:], xs[::2], xs[::-1], xs[5:1:-2])
print(xs[100:], xs[-100:2], xs[3:3])

words = ["alpha", "beta", "gamma", "delta"]
tail = words[1:]
tail.append("epsilon")
print(words, tail)

copy = xs[:]
copy[0] = -1
print(xs[0], copy[0])


def middle(t: str) -> str:
    return t[1:-1]


print(middle("[core]"), middle("ab"), repr(middle("a")))

start = 1
stop = 6
step = 2
print(xs[start:stop:step], s[start:stop:step])

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1:], grid[0][::-1])

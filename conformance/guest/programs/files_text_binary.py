with open("notes.txt", "w") as f:
    n = f.write("first line\n")
    f.write("second: héllo ✓\n")
    f.write("third without newline")
print("wrote", n)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", "r") as f:
    print(repr(f.readline()))
    print(repr(f.read(8)))
    print(f.readlines())
    print(repr(f.readline()))
f = open("notes.txt", "a")
f.write("\nappended\n")
f.close()
print(f.closed)
count = 0
for line in open("notes.txt"):
    count += 1
    print(count, line.rstrip())
lines = [l.strip()[:5] for l in open("notes.txt") if l.strip()]
print(lines)
with open("data.bin", "wb") as out:
    out.write(bytes([0, 1, 2, 255, 10, 65]))
    out.write(b"tail\n")
with open("data.bin", "rb") as inp:
    print(inp.read(3), inp.readline(), inp.read())
with open("data.bin", "rb") as inp:
    for chunk in inp:
        print(chunk)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    with open("notes.txt", "x") as f:
        f.write("no")
except FileExistsError as e:
    print("FileExistsError:", e)
except OSError as e:
    print("other", e)
with open("new.txt", "x") as f:
    f.write("created")
print(open("new.txt").read())
try:
    f.write("again")
except ValueError as e:
    print("ValueError:", e)

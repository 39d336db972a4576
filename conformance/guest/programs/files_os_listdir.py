import os

print(os.path.exists("."), os.path.exists("nothing.txt"))
with open("a.txt", "w") as f:
    f.write("a")
with open("b.bin", "wb") as g:
    g.write(b"\x00")
print(sorted(os.listdir(".")), sorted(os.listdir()))
print(os.path.exists("a.txt"), os.path.exists("./b.bin"), os.path.exists("a.txt/x"))
try:
    os.listdir("nowhere")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.listdir("a.txt")
except NotADirectoryError as e:
    print("NotADirectoryError:", e)
try:
    open("gone.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename)

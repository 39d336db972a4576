total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2 == 0:
        continue
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(2, 12, 4):
    print(i, end=",")
print()
step = -2
for i in range(5, -5, step):
    print(i, end=" ")
print()
n = 0
while True:
    n += 1
    if n * n > 200:
        break
print(n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, sep=":", end=" ")
print()
for k in range(0):
    print("never")
count = 0
i = 0
while i < 100:
    i += 1
    if i % 3 == 0 or i % 5 == 0:
        continue
    count += 1
print(count, i)

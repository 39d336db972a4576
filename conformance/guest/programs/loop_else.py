# for/while with else: the else block runs only when the loop ends without break.


def first_divisor(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            found = d
            break
    else:
        return n
    return found


def is_prime(n: int) -> bool:
    k = 2
    while k * k <= n:
        if n % k == 0:
            break
        k += 1
    else:
        return n >= 2
    return False


for n in [2, 9, 15, 17, 49, 97]:
    print(n, first_divisor(n), is_prime(n))

for word in ["apple", "kiwi", "plum"]:
    for ch in word:
        if ch == "i":
            print(word, "has an i")
            break
    else:
        print(word, "has no i")

count = 0
while count < 3:
    count += 1
else:
    print("counted to", count)

for i in range(0):
    print("never")
else:
    print("empty loop still runs else")

outer = 0
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        outer += 1
    else:
        outer += 100
print("nested breaks only leave the inner loop:", outer)

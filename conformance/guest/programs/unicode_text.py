s = "naïve café – ünïcödé ✓ 😀"
print(s, len(s))
print(s[2], s[10], s[-1], s[-3])
count = 0
for ch in s:
    if ord(ch) > 127:
        count += 1
print(count, chr(10003), chr(128512), "😀" in s)
print(repr(s), "ascii only".upper())
print(f"{'é':>4}|{'✓':*^5}|")

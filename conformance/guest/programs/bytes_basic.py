def checksum(data: bytes) -> int:
    total = 0
    for b in data:
        total = (total * 31 + b) % 65521
    return total


raw = b"hello\x00world"
print(raw)
print(len(raw), raw[0], raw[-1], raw[5])
print(raw[1:4], raw[::2], raw[::-1])
print(b"abc" + b"def", b"ab" * 3)
print(b"lo" in raw, 0 in raw, 120 in raw, b"xyz" in raw)
print(raw == b"hello\x00world", raw != b"hello", b"abc" < b"abd", b"ab" < b"abc")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), b"\t\n\r\\\x7f\xff")
print(bytes([104, 105]), bytes(3), bytes(), list(b"AZ"))
text = "héllo, wörld ✓"
enc = text.encode()
print(enc, len(enc), len(text))
print(enc.decode() == text, enc.decode("utf-8"))
print(enc.hex(), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex())
print(checksum(b"The quick brown fox"), checksum(enc))
counts: dict[bytes, int] = {}
for word in [b"a", b"b", b"a", b"c", b"a"]:
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted([k for k in counts]))
seen = {b"x", b"y", b"x"}
print(len(seen), b"x" in seen)
print(f"{raw!r} {b'q'}", str(b"z"))
if b"":
    print("empty is true")
else:
    print("empty is false")
print([b for b in b"\x01\x02\x03" if b != 2])
print(b"abcabc".find(b"ca"), b"abc".find(b"z"), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b"abc".endswith(b"abcd"))
pair = (b"k", 1)
print(pair, [b"a", b"b"])
for bad in [b"\xff", b"ab\xc3", b"\xe2\x82", b"\xc3(", b"\xed\xa0\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    bytes([1, 300])
except ValueError as e:
    print("ValueError:", e)
try:
    print(raw[20])
except IndexError as e:
    print("IndexError:", e)
try:
    bytes.fromhex("abz")
except ValueError as e:
    print("ValueError:", e)

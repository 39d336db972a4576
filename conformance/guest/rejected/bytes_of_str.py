x: bytes = bytes("abc")
print(x)

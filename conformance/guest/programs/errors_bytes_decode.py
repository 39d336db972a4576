data = bytes([72, 105, 0xC3])
print(data)
print(data.decode())

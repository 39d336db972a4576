from a import value

print(value())

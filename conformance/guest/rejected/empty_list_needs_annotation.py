x = []
print(x)

for i in range(3):
    last = i
print(last)

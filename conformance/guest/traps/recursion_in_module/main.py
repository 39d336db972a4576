import walker

print("walking")
print(walker.walk(0, 100000000))

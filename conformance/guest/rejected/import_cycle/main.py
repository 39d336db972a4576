import a

print(a.value())

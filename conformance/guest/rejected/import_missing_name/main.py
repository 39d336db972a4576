from tools import twice, thrice

print(twice(2), thrice(3))

record = ("ada", 36)
for field in record:
    print(field)

try:
    print(1)
except ValueError:
    pass

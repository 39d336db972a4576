try:
    print(1)
except int:
    pass

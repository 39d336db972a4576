name = "a"
print(f"{name:d}")

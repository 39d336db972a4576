w = 5
print(f"{42:{w}>5}")

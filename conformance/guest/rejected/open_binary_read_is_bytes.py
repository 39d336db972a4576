with open("x.txt", "rb") as f:
    text: str = f.read()

mode = "r"
f = open("x.txt", mode)

f = open("x.txt", "r+")

point = tuple([3, 4])
print("%d, %d" % point)

key = lambda x: x

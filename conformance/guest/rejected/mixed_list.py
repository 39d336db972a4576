items = [1, "a"]

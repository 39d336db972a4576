data = "abc".encode("latin-1")

s = "abc"
s[0:1] = "x"

# str.replace with a count, and with an empty pattern (new goes between code points).

for s in ["", "a", "abc", "héllo", "aaaa"]:
    for c in [-1, 0, 1, 2, 10]:
        print(repr(s.replace("", "-", c)), repr(s.replace("a", "XY", c)), repr(s.replace("aa", "", c)), s.replace("l", "L"))

def shout(s: str) -> str:
    return s.upper() + "!"


word = "héllo wörld"
print(len(word), word[0], word[1], word[-1], word[6])
print(shout("abc"), "MiXeD".lower())
print("ab" * 3, 2 * "xy", "" * 5)
print("ell" in "hello", "z" in "hello", "lo" not in "hello")
print("abc" < "abd", "b" > "abc", "x" == "x", "x" != "y")
parts: list[str] = ["a", "b", "c"]
print("-".join(parts), ", ".join(["one"]), "".join([]))
for ch in "hé!":
    print(ch, ord(ch))
print(chr(65), chr(233), str(12) + str(3.5) + str(False))
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"))

# Common str methods.

line = "  The rain in Spain stays mainly in the plain  "
print(repr(line.strip()), repr(line.lstrip()), repr(line.rstrip()))
text = line.strip()
print(text.split())
print("a,b,,c,".split(","), "one--two--three".split("--"), "".split(), "x".split(","))
print(text.find("ain"), text.find("xyz"), text.index("Spain"), text.count("ain"), text.count(""))
print(text.startswith("The"), text.startswith("rain"), text.endswith("plain"), text.endswith(""))
print(text.replace("ain", "AIN"), "aaa".replace("a", "bb"), "abc".replace("x", "y"))
print("12345".isdigit(), "12a".isdigit(), "".isdigit(), "abcXYZ".isalpha(), "ab1".isalpha(), " \t\n".isspace())
print("-".join(text.split()[:3]), "café".find("é"), "naïve".count("ï"))
csv = "name=ada;lang=python;year=1843"
fields: dict[str, str] = {}
for part in csv.split(";"):
    eq = part.find("=")
    fields[part[:eq]] = part[eq + 1:]
print(fields)

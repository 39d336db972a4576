# Caesar and Vigenere ciphers with ord/chr and slicing.


def shift(c: str, k: int) -> str:
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c


def caesar(text: str, k: int) -> str:
    return "".join([shift(c, k) for c in text])


def vigenere(text: str, key: str, sign: int) -> str:
    out: list[str] = []
    j = 0
    for c in text:
        if c.isalpha():
            out.append(shift(c, sign * (ord(key[j % len(key)]) - ord("a"))))
            j += 1
        else:
            out.append(c)
    return "".join(out)


msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "lemon", 1)
print(v, "|", vigenere(v, "lemon", -1))
print(caesar(msg, 13)[::-1], msg[7:9].upper())

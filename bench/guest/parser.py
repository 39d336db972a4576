# A small recursive-descent parser and evaluator for integer arithmetic over generated input.


class Parser:
    text: str
    pos: int

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
        if self.pos < len(self.text):
            return self.text[self.pos]
        return ""

    def number(self) -> int:
        self.peek()
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])

    def atom(self) -> int:
        c = self.peek()
        if c == "(":
            self.pos += 1
            v = self.expr()
            self.peek()
            self.pos += 1
            return v
        if c == "-":
            self.pos += 1
            return -self.atom()
        return self.number()

    def term(self) -> int:
        v = self.atom()
        while True:
            c = self.peek()
            if c == "*":
                self.pos += 1
                v = v * self.atom() % 1000003
            elif c == "%":
                self.pos += 1
                d = self.atom()
                v = v % d if d != 0 else v
            else:
                return v

    def expr(self) -> int:
        v = self.term()
        while True:
            c = self.peek()
            if c == "+":
                self.pos += 1
                v = (v + self.term()) % 1000003
            elif c == "-":
                self.pos += 1
                v = (v - self.term()) % 1000003
            else:
                return v


def generate(seed: int, depth: int) -> str:
    parts: list[str] = []
    build(seed, depth, parts)
    return "".join(parts)


def build(seed: int, depth: int, out: list[str]) -> int:
    seed = (seed * 1103515245 + 12345) % 2147483648
    if depth == 0 or seed % 5 == 0:
        out.append(str(seed % 1000))
        return seed
    out.append("(")
    seed = build(seed, depth - 1, out)
    out.append([" + ", " - ", " * ", " % "][(seed >> 7) % 4])
    seed = build(seed, depth - 1, out)
    out.append(")")
    return seed


total = 0
chars = 0
for i in range(8000):
    source = generate(i, 10)
    chars += len(source)
    total = (total + Parser(source).expr()) % 1000003
print("chars", chars, "result", total)

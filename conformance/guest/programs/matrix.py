def identity(n: int) -> list[list[float]]:
    m: list[list[float]] = []
    for i in range(n):
        row: list[float] = []
        for j in range(n):
            row.append(1.0 if i == j else 0.0)
        m.append(row)
    return m


def multiply(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    out: list[list[float]] = []
    for i in range(n):
        row: list[float] = []
        for j in range(len(b[0])):
            s = 0.0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out


a = [[1.0, 2.0], [3.0, 4.0]]
b = [[0.5, -1.0], [2.0, 0.25]]
print(multiply(a, b))
print(multiply(a, identity(2)))

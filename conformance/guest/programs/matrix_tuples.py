# Sparse matrices as dicts keyed by (row, col) tuples.


def sparse(rows: list[list[int]]) -> dict[tuple[int, int], int]:
    return {(r, c): v for r, row in enumerate(rows) for c, v in enumerate(row) if v != 0}


def multiply(a: dict[tuple[int, int], int], b: dict[tuple[int, int], int], n: int) -> dict[tuple[int, int], int]:
    out: dict[tuple[int, int], int] = {}
    for (i, k), x in a.items():
        for j in range(n):
            if (k, j) in b:
                out[(i, j)] = out.get((i, j), 0) + x * b[(k, j)]
    return out


m = sparse([[1, 0, 2], [0, 3, 0], [4, 0, 0]])
print(m)
p = multiply(m, m, 3)
print(sorted([(key, v) for key, v in p.items()]))
print([[p.get((r, c), 0) for c in range(3)] for r in range(3)])

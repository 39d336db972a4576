# == and != on lists and dicts (nested too, in any order for dicts), list ordering as CPython does it
# (first differing item, then length), and `in` / index() / count() with list items.
def main() -> None:
    xs = [1, 2, 3]
    ys = [1, 2, 3]
    print(xs == ys, xs != [1], ["a"] == ["a"], [[1], [2]] == [[1], [2]], xs[3:] == xs[:0])
    d = {"a": 1, "b": 2}
    print(d == {"b": 2, "a": 1}, d != {"a": 1}, d == {"a": 1, "b": 3}, {"k": [1, 2]} == {"k": [1, 2]})
    print([{1, 2}] == [{2, 1}], [(1, "a")] == [(1, "a")], [None, 1] == [None, 1])
    print(xs < [1, 3], xs <= ys, xs > [1, 2], [1, 2] < [1, 2, 0], ["b"] > ["a", "z"], [[1, 2]] < [[1, 3]])
    print([0.5, 2.0] < [0.5, 3.0], [1.0] >= [1.0], xs[:0] < [0])
    nan = 1e308 * 10.0 - 1e308 * 10.0
    print([nan] < [1.0], [nan] <= [1.0], [nan] > [1.0])
    grid = [[0, 0], [0, 1]]
    print([0, 1] in grid, [1, 1] in grid, grid.index([0, 1]), grid.count([0, 0]))
    rows: list[list[str]] = [["b", "a"], ["a", "c"], ["a", "b"]]
    print(sorted(rows), max(rows), min(rows))
    assert sorted(xs, reverse=True) == [3, 2, 1]


main()

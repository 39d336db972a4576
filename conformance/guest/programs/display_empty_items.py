# Empty list and dict displays among the items of a display take their siblings' type, as mypy
# joins them: [[x], []], {"a": [1], "b": []}, [{}, {"k": 1.5}], and nested [[[1]], [[]], []].

grid = [[1, 2], [], [3]]
groups = {"a": [1], "b": [], "c": [2, 3]}
nested = [{}, {"k": 1.5}]
deep = [[[1]], [[]], []]
print(grid, groups, nested, deep, len(grid[1]), groups["b"] + [4])

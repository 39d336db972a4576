# Starred names in for-loop targets: the first item and the rest of each row.
def main() -> None:
    rows = [["ann", "3", "4"], ["bob", "5"], ["cy"]]
    for name, *scores in rows:
        print(name, scores, sum(int(s) for s in scores))
    for *init, last in [[1, 2, 3], [4]]:
        print(init, last)


main()

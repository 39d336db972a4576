# key=d.get (lambda k: d[k]): the most common word, sorting by counts, min by value; sorted()'s
# keys are computed in its loop, once per element.
# key=d.get: the most common word, sorting by counts, min by value.
def main() -> None:
    counts: dict[str, int] = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    print(max(counts, key=counts.get), min(counts, key=counts.get), sorted(counts, key=counts.get, reverse=True))
    scores = {"ann": 3.5, "bob": 4.25}
    best = max(scores, key=scores.get)
    print(best, scores[best], list(map(scores.get, sorted(scores))))


main()

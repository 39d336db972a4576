def bubble_sort(xs: list[int]) -> None:
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                tmp = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = tmp
                swapped = True
        if not swapped:
            break


def insertion_sort(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.append(w)
        i = len(out) - 1
        while i > 0 and out[i - 1] > out[i]:
            t = out[i]
            out[i] = out[i - 1]
            out[i - 1] = t
            i -= 1
    return out


data = [9, -2, 7, 7, 0, 15, 3, -8]
bubble_sort(data)
print(data)
print(insertion_sort(["pear", "fig", "apple", "Zed", "éclair", "banana"]))

# Recursion on ints only uses no shadow stack, so instead of RecursionError it exhausts the
# engine's call stack: a trap, which wasmhost reports with this file's name and line.


def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


print("counting down")
print(depth(100000000))

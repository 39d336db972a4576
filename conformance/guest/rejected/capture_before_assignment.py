def outer() -> int:
    def show() -> int:
        return total
    total = 5
    return show()

stock: dict[str, int] = {"apple": 3}
if stock.keys() == ["apple"]:
    print("same")

def report() -> None:
    print("names:", names)


report()
names = ["a"]

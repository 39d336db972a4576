def report() -> None:
    print("threshold is", threshold)


print("start")
report()
threshold = 10

# Memory growth: appends 3.75 million ints to 150 lists, so the guest's linear memory grows a
# little at a time and every new page is touched right away. Not one of the six programs of
# issue 5; it measures how the host's memory (FlatMemory) copes with many small grows:
#   bench/guest/run.sh memory_growth
def main() -> None:
    chunks: list[list[int]] = []
    total = 0
    for i in range(150):
        chunk: list[int] = []
        for j in range(25000):
            chunk.append(i + j)
        chunks.append(chunk)
        total += len(chunk)
    print(total)


main()

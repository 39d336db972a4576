class Point:
    x: int


print(Point())

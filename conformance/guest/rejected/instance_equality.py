class A:
    x: int


print(A() == A())

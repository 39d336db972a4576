# 3 or 0.5 is the int 3 in CPython: typing the result float would print 3.0
def scale(factor: int) -> float:
    return factor or 0.5


print(scale(3))

from math import log

print(log(2.0))

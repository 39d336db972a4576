import math

print(math.exp(1.0))

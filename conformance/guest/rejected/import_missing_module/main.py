import helpers
from helpers import twice

print(twice(3))

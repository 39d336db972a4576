# str.format() with more fields than arguments: CPython raises IndexError when it runs; the guest
# compiler rejects it.
print("{} and {}".format("one"))

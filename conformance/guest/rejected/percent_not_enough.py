# CPython raises TypeError when it runs this; the guest compiler reports it.
print("%d and %d" % (1,))

bullet = "\N{BULLET}"

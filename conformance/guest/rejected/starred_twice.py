# CPython: SyntaxError (multiple starred expressions in assignment).
xs = [1, 2, 3]
*a, *b = xs

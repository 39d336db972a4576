try:
    x = 1
except ValueError as e:
    raise RuntimeError("x") from "why"

spec = ">5"
print(f"{42:{spec}}")

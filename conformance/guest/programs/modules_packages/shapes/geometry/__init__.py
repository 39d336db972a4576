print("package shapes.geometry loading")

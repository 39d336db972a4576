print("package shapes loading as", __name__)

raise ValueError(42)

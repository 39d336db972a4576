# The top-level code raises: every export call reports the exception, as the import would in CPython.
table: dict[str, int] = {"a": 1}
missing: int = table["b"]


@export
def value() -> int:
    return missing

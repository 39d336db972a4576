def is_archive(name: str) -> bool:
    return name.endswith((".zip", 7))

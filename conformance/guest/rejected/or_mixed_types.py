def port(setting: str) -> int:
    value = setting or 8080
    return int(value)


print(port(""))

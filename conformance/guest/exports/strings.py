# @export functions over str (string): UTF-8 in and out of the component, code points counted.
greeting: str = "Hello"


@export
def greet(name: str) -> str:
    return greeting + ", " + name + "!"


@export
def length(text: str) -> int:
    return len(text)


@export
def shout(text: str, times: int) -> str:
    return (text.upper() + " ") * times


@export
def join_words(a: str, b: str, sep: str) -> str:
    return a + sep + b


@export
def first_char(text: str) -> str:
    return text[0]


@export
def echo_line(text: str) -> None:
    print(f"[{text}] has {len(text)} code points")


@export
def churn(a: str, b: str) -> str:
    # allocates enough to run the collector while the arguments are live
    parts: list[str] = []
    for i in range(200000):
        parts.append(str(i))
        if len(parts) > 100:
            parts = []
    return a + b + str(len(parts))


@export
def concat8(a: str, b: str, c: str, d: str, e: str, f: str, g: str, h: str) -> str:
    # 16 core parameters: the canonical ABI's limit for flat parameters
    return a + b + c + d + e + f + g + h

# @export functions that also call list-returning host functions (os.environ, sys.argv): the component's one
# cabi_realloc serves both the str arguments of a call and the host's results (environment from host_calls.env).
import os
import sys

calls: int = 0


@export
def lookup(name: str, default: str) -> str:
    global calls
    calls += 1
    value = default
    found = os.getenv(name)
    if found is not None:
        value = found
    return name + "=" + value + " (call " + str(calls) + ")"


@export
def count_vars(prefix: str) -> int:
    n = 0
    for key in os.environ:
        if key.startswith(prefix):
            n += 1
    return n


@export
def arg_count() -> int:
    # an export call passes no command arguments
    return len(sys.argv[1:])


@export
def churn_env(name: str) -> str:
    # collections between host calls while an argument and host results are live
    parts: list[str] = []
    for i in range(100000):
        parts.append(str(i))
        if len(parts) > 100:
            parts = [os.environ[name]]
    return name + ":" + parts[0]

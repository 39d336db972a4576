# The guest standard library's time module: time, monotonic, perf_counter, sleep. Clocks come from WASI:
# clock_time_get and poll_oneoff (preview 1), or wasi:clocks wall-clock / monotonic-clock and
# wasi:io/poll (component).


def time() -> float:
    if __is_component() == 1:
        __wall_now(__scratch())
        return float(__load64(__scratch())) + float(__load32(__scratch() + 8)) / 1000000000.0
    __clock_time_get(0, 1, __scratch())
    return float(__load64(__scratch())) / 1000000000.0


def monotonic_ns() -> int:
    if __is_component() == 1:
        return __monotonic_now()
    __clock_time_get(1, 1, __scratch())
    return __load64(__scratch())


def monotonic() -> float:
    return float(monotonic_ns()) / 1000000000.0


def perf_counter() -> float:
    return float(monotonic_ns()) / 1000000000.0


def sleep(seconds: float) -> None:
    if seconds < 0.0:
        __raise("ValueError", "sleep length must be non-negative")
    ns = int(seconds * 1000000000.0)
    if __is_component() == 1:
        h = __subscribe_duration(ns)
        __pollable_block(h)
        __pollable_drop(h)
        return
    # one relative subscription on the monotonic clock (48 bytes), its event (32), the event count
    s = __scratch()
    __memfill(s, 0, 84)
    __store32(s + 16, 1)
    __store64(s + 24, ns)
    __poll_oneoff(s, s + 48, 1, s + 80)

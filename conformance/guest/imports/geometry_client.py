# Calls the functions of the WIT interface demo:calc/geometry (conformance/guest/imports/wit), imported as a
# Python module, with records, enums, lists, options and tuples both ways; the host implements the interface.
from wit_world import WitError
from wit_world.imports import geometry
from wit_world.imports.geometry import Point, add


def main() -> None:
    print(add(2, 3), add(-9223372036854775807, -1))
    m = geometry.midpoint(Point(0, 0), geometry.Point(4, 6))
    print(m, m.x + m.y)
    u = geometry.measure("box", 2.5)
    print(u.label, u.at, u.unit, u.tags, u.weight)
    print(u.unit == geometry.Unit.METRIC, u.unit.name)
    pen = geometry.Measured("pen", Point(1, 2), geometry.Unit.IMPERIAL, ["a", "ü"], None)
    print(geometry.describe(pen))
    print(geometry.describe(geometry.Measured("", Point(-1, -2), geometry.Unit.METRIC, [], 0.5)))
    print(geometry.find(["x", "y"], "y"), geometry.find([], "z"))
    geometry.log("hello from the guest")
    total = 0
    for key, value in geometry.pairs(4):
        total += value
        print(key, end=" ")
    print(total)
    # many calls: the collector runs between them while the glue keeps its blocks
    words: list[str] = []
    for i in range(2000):
        r = geometry.measure("w" + str(i), float(i))
        words.append(r.tags[1])
    print(len(words), words[-1])
    # narrower WIT numbers and char: ints, floats and one-character strs to the guest
    print(geometry.narrow(4000000000), geometry.narrow(-1))
    w = geometry.widen(geometry.Sample(200, -300, 70000, 9223372036854775807, 1.5, "é"))
    print(w.small, w.delta, w.count, w.big, w.ratio, w.initial)
    print(geometry.checksum([1, 2, 255, 256]), geometry.letters("añb€"))
    # result<T, E>: T, or WitError with the error's text
    print(geometry.divide(7, 2))
    try:
        geometry.divide(1, 0)
    except WitError as e:
        print("error:", e)
    print(geometry.locate("home"))
    try:
        print(geometry.locate("nowhere"))
    except WitError as e:
        print("error:", e)
    geometry.reset(False)
    try:
        geometry.reset(True)
    except WitError as e:
        print("reset failed:", repr(e))


main()

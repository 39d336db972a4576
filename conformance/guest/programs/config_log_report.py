# A small tool of the kind real scripts are: parse an INI-style config and a log, then print a
# fixed-width report (partition, splitlines, split/rsplit with maxsplit, strip(chars), padding).

CONFIG = """
# service settings
[server]
host = example.org
port=8080
  name = "Main API"   ; inline comment

[limits]
max_body = 1_048_576
timeout=  30s
"""

LOG = "2026-11-23 10:00:01 INFO  GET /api/users?id=7 200 12ms\r\n" \
      "2026-11-23 10:00:02 WARN  GET /api/orders 404 3ms\r\n" \
      "2026-11-23 10:00:02 INFO  POST /api/orders 201 48ms\n" \
      "\n" \
      "2026-11-23 10:00:05 ERROR GET /static/app.js 500 140ms\n" \
      "garbage line\n" \
      "2026-11-23 10:00:09 INFO  GET /api/users 200 9ms"


def parse_config(text: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.partition(";")[0].strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line.strip("[]")
            sections[current] = {}
            continue
        key, eq, value = line.partition("=")
        if not eq:
            print("bad line:", repr(raw))
            continue
        sections[current][key.strip()] = value.strip().strip('"')
    return sections


def duration_ms(text: str) -> int:
    if text.endswith("ms"):
        return int(text.removesuffix("ms"))
    return int(text.removesuffix("s")) * 1000


def main() -> None:
    config = parse_config(CONFIG)
    for section in config:
        print(section.upper().center(24, "="))
        for key in config[section]:
            print(key.ljust(10, "."), config[section][key].rjust(12))
    limit = duration_ms(config["limits"]["timeout"])
    counts: dict[str, int] = {}
    slow: list[str] = []
    for line in LOG.splitlines():
        if not line:
            continue
        fields = line.split(None, 4)
        if len(fields) < 5 or not fields[0][:4].isdigit():
            print("skipped:", repr(line))
            continue
        level = fields[2]
        counts[level] = counts.get(level, 0) + 1
        status_and_time = fields[4].rsplit(" ", 2)
        path = status_and_time[0].partition("?")[0]
        ms = duration_ms(status_and_time[2])
        status = status_and_time[1]
        if ms * 300 >= limit or not status.startswith("2"):
            slow.append(path.removeprefix("/api").ljust(16) + status.zfill(4) + str(ms).rjust(6))
    levels: list[str] = []
    for level in counts:
        levels.append(level)
    for level in sorted(levels):
        print(level.lower().capitalize().ljust(6), str(counts[level]).zfill(3))
    print("\n".join(slow))
    print(config["server"]["name"].title().swapcase(), config["server"]["host"].rpartition(".")[2])


if __name__ == "__main__":
    main()

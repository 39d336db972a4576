# sys.argv, sys.exit, os.environ and os.getenv (arguments and environment from stdlib_sys_os.args/.env).
import sys
import os
from os import getenv

args = sys.argv[1:]
print(len(args), args)
total = 0
for a in args:
    if a.isdigit():
        total += int(a)
print("sum of numeric arguments:", total)
print(os.environ.get("GUEST_GREETING"))
print(os.environ["GUEST_NAME"])
print("GUEST_NAME" in os.environ, "GUEST_MISSING" in os.environ)
print(getenv("GUEST_MISSING"), getenv("GUEST_MISSING", "fallback"))
name = os.getenv("GUEST_NAME")
if name is not None:
    print("hello, " + name.upper())
try:
    print(os.environ["GUEST_MISSING"])
except KeyError:
    print("KeyError for a missing variable")
try:
    sys.exit(0)
except Exception:
    print("not reached: SystemExit is not an Exception")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit(3)
finally:
    print("finally runs before the exit")
print("not reached")

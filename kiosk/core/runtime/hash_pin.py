"""``kiosk --hash-pin`` (also ``python -m kiosk.core.runtime.hash_pin hash-pin`` from a checkout):
print the ``service_pin_hash`` line for the config file.

Asked twice at a terminal, without echo; read from the first line of a pipe otherwise
(``echo 1234 | kiosk --hash-pin``), without a prompt. A bad PIN is one line on stderr and exit
status 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.core.runtime.config import hash_service_pin


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args != ["hash-pin"]:
        print("usage: kiosk --hash-pin", file=sys.stderr)
        return 2
    import getpass

    if sys.stdin is None or not sys.stdin.isatty():
        # `echo 1234 | kiosk --hash-pin`: the PIN is the first line; no prompt, no repeat.
        line = sys.stdin.readline() if sys.stdin is not None else ""
        pin = line.rstrip("\r\n")
        repeat = pin
    else:
        try:
            pin = getpass.getpass("New service PIN (4 to 12 digits): ")
            repeat = getpass.getpass("Repeat the PIN: ") if _valid_pin(pin) else pin
        except (EOFError, KeyboardInterrupt):
            print("\nNo PIN entered; nothing was printed.", file=sys.stderr)
            return 2
    if not _valid_pin(pin):
        print(
            "The service PIN must be 4 to 12 digits (the service screen has a keypad).",
            file=sys.stderr,
        )
        return 2
    if repeat != pin:
        print("The two PINs differ; nothing was printed.", file=sys.stderr)
        return 2
    print(f'service_pin_hash = "{hash_service_pin(pin)}"')
    return 0


def _valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12


if __name__ == "__main__":
    raise SystemExit(main())

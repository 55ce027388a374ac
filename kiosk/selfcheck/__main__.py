"""``python -m kiosk.selfcheck [--demo] [--config PATH]``, like ``kiosk --self-check``."""

from kiosk.selfcheck.run import main

if __name__ == "__main__":
    raise SystemExit(main())

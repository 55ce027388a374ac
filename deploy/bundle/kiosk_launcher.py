"""Entry point of the PyInstaller bundle (build.spec): the same as the ``kiosk`` console script."""

import sys

from kiosk.main import main

if __name__ == "__main__":
    sys.exit(main())

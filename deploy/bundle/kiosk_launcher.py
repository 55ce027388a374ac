"""Entry point of the PyInstaller bundle (build.spec): the same as the ``kiosk`` console script."""

import sys
import warnings

# The bundle leaves out requests' character detection (charset_normalizer, see build.spec), which
# the kiosk never uses: requests says so with a warning on import, which is not for the journal.
warnings.filterwarnings("ignore", message="Unable to find acceptable character detection")

from kiosk.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())

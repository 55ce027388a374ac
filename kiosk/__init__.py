"""Loyalty-card kiosk: the in-store terminal application and its reference central service.

``kiosk.__version__`` is the ``version`` of pyproject.toml, looked up on first use rather than at
import, as the kiosk's start screen need not wait for it. The bundle's build writes it into a
module of its own (``kiosk._version``, see build.spec); elsewhere it comes from the installed
package's metadata (importlib.metadata, which imports the email package: 20-45 ms).
"""

from __future__ import annotations

import importlib

#: The distribution name in pyproject.toml.
DISTRIBUTION = "loyalty-kiosk"
#: Shown when neither the bundle's version module nor package metadata is there (a source tree
#: on sys.path that was never installed).
UNKNOWN_VERSION = "0+unknown"


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = _bundled_version() or _installed_version()
    globals()["__version__"] = found  # looked up once; later reads are plain attribute reads
    return found


def _bundled_version() -> str | None:
    try:
        module = importlib.import_module("kiosk._version")
    except ImportError:
        return None
    version: str = module.VERSION
    return version


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN_VERSION

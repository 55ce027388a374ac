"""Loyalty-card kiosk: the in-store terminal application and its reference central service.

``kiosk.__version__`` is the ``version`` of pyproject.toml, looked up on first use rather than at
import, as the kiosk's start screen need not wait for it. The bundle's build writes it into a
module of its own (``kiosk._version``, see build.spec); a source checkout reads it from its
pyproject.toml; elsewhere it comes from the installed package's metadata (importlib.metadata,
which imports the email package: 15-45 ms of the start, where the kiosk logs its version).
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
    found = _bundled_version() or _checkout_version() or _installed_version()
    globals()["__version__"] = found  # looked up once; later reads are plain attribute reads
    return found


def _bundled_version() -> str | None:
    try:
        module = importlib.import_module("kiosk._version")
    except ImportError:
        return None
    version: str = module.VERSION
    return version


def _checkout_version() -> str | None:
    """The version in the pyproject.toml beside the package, when it is this project's (a
    source checkout, installed editable or not)."""
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):  # no such file, or not TOML
        return None
    version = project.get("version")
    return version if project.get("name") == DISTRIBUTION and isinstance(version, str) else None


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN_VERSION

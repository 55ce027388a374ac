"""Loyalty-card kiosk: the in-store terminal application and its reference central service."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("loyalty-kiosk")
except PackageNotFoundError:  # running from a source tree or a bundle without metadata
    __version__ = "0.1.0"

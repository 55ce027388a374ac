"""The languages the kiosk speaks and the central answers in (``Accept-Language``): Russian (the
default), Belarusian and English."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("ru", "be", "en")
DEFAULT_LANGUAGE = "ru"

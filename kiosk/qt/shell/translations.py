"""Switching the interface language at run time with QTranslator.

Source strings are English; Russian and Belarusian come from
``resources/translations/kiosk_<lang>.qm`` (built from the .ts files by ``make translations``).
Installing or removing a translator makes Qt send every widget a LanguageChange event, on which
the screens retranslate themselves.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.qt.resources import resource_path

log = logging.getLogger(__name__)

#: The language the source strings are written in: its translation is optional.
SOURCE_LANGUAGE = "en"


def translation_file(language: str) -> Path:
    return resource_path("translations", f"kiosk_{language}.qm")


class Translations:
    """Owns the one installed kiosk translator.

    The translator has no Qt parent: this object holds the only reference, so the one it
    replaces (with the translation it loaded) is deleted as soon as it is removed. Parented to
    the application, every language a shopper tapped stayed alive until the kiosk quit.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = SOURCE_LANGUAGE

    def remove(self) -> None:
        """Back to the source texts (when the kiosk shuts down)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None  # the last reference: the translator is deleted here
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str) -> bool:
        """Switch to ``language``; False (and English texts) when its translation is missing."""
        self.remove()
        self.language = language
        path = translation_file(language)
        translator = QTranslator()  # no parent, see the class
        # English is loaded too: the source texts are English, but plural forms ("1 second",
        # "2 seconds") come from the English translation.
        if not translator.load(str(path)):
            if language == SOURCE_LANGUAGE:
                return True
            log.error("translation %s missing or unreadable; run `make translations`", path)
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        return True

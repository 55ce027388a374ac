"""What every screen shares: language, retranslation and forgetting shopper data."""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class _Form(Protocol):
    def retranslateUi(self, widget: QWidget) -> None: ...


class Screen(QWidget):
    """A full-window screen.

    Subclasses hold their Designer form as ``self.ui`` (composition), render their dynamic texts
    in :meth:`retranslate` (called again on every language change) and drop everything personal
    in :meth:`clear`.
    """

    ui: _Form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The language server texts (Localized) are shown in; Qt's translator does the rest.
        self.language = "ru"

    def set_language(self, language: str) -> None:
        """Remember the language before the translator changes; the LanguageChange event that
        follows re-renders the screen."""
        self.language = language

    def clear(self) -> None:
        """Forget every piece of shopper data this screen holds (default: it holds none)."""

    def retranslate(self) -> None:
        """Re-render texts that are not in the Designer form."""

    def handle_idle(self) -> bool:
        """The idle time ran out while this screen is up. True: the screen takes over (a form
        asks "are you still here?" and ends the session itself later); False (default): the
        kiosk resets to the start screen at once."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` placeholders in one pass (values never get re-substituted,
    so a name containing "%2" stays as typed)."""

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(substitute, template)


def plain(label: QLabel) -> QLabel:
    """Make a label show text as typed: data from the central is never interpreted as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

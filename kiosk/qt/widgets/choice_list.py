"""Rows to pick one of, one under the other, as tall as all of them: a list that scrolls with
the screen it is on instead of inside it (a scroll area in a scrolling screen would take a
swipe meant for the screen, and the other way round)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from kiosk.qt.widgets.wrapping import WrappingButton, wrapping_button


class ChoiceList(QWidget):
    """A row per item, each a touch button that stays pressed while it is the one chosen."""

    #: The row chosen (-1: none), as QListWidget.currentRowChanged.
    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[tuple[WrappingButton, object]] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idToggled.connect(self._toggled)

    def clear(self) -> None:
        had_choice = self.currentRow() >= 0
        for button, _ in self._rows:
            self._group.removeButton(button)
            self._layout.removeWidget(button)
            button.deleteLater()
        self._rows.clear()
        if had_choice:
            self.currentRowChanged.emit(-1)

    def add_row(self, text: str, data: object) -> None:
        button = wrapping_button(text, role="choice")
        button.setCheckable(True)
        self._group.addButton(button, len(self._rows))
        self._layout.addWidget(button)
        self._rows.append((button, data))

    def count(self) -> int:
        return len(self._rows)

    def text(self, row: int) -> str:
        return self._rows[row][0].text()

    def data(self, row: int) -> object:
        return self._rows[row][1]

    def currentRow(self) -> int:
        return self._group.checkedId()

    def setCurrentRow(self, row: int) -> None:
        self._rows[row][0].setChecked(True)

    def _toggled(self, row: int, checked: bool) -> None:
        if checked:
            self.currentRowChanged.emit(row)

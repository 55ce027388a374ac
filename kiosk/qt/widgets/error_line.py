"""Room kept for a line that says what is wrong, so that saying it moves nothing.

A problem shown under a field (or under the SMS code) must not push the keys and buttons below
it down: the shopper's next tap would land on another key. :func:`reserve_line` makes a label
hold the height of one line of its own font whether it shows text or not, hidden or shown; a
message that needs more lines still gets them (rare: the kiosk's own messages fit one line).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QSizePolicy


class _LineReserver(QObject):
    """Keeps its label's minimum height at ``lines`` lines of the label's font, whatever font
    the stylesheet gives it (and gives it again, when the theme or the text size changes)."""

    def __init__(self, label: QLabel, lines: int, exact: bool) -> None:
        super().__init__(label)
        self._label = label
        self._lines = lines
        self._exact = exact
        label.installEventFilter(self)
        self.update()

    def update(self) -> None:
        label = self._label
        margins = label.contentsMargins()
        height = self._lines * label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        if self._exact:
            label.setFixedHeight(height)
        else:
            label.setMinimumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.update()
        return False


def reserve_line(label: QLabel, lines: int = 1, *, exact: bool = False) -> None:
    """``label`` takes the height of ``lines`` lines of its text from the start, also while
    hidden or empty. ``exact``: never more nor less, and its text never widens the layout
    either (for a line above a keypad, where nothing may move at all)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    if exact:
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    _LineReserver(label, lines, exact)

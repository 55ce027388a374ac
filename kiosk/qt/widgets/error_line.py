"""Room kept for a line that says what is wrong, so that saying it moves nothing.

A problem shown under a field (or under the SMS code) must not push the keys and buttons below
it down: the shopper's next tap would land on another key. :func:`reserve_line` makes a label
hold the height of one line of its own font whether it shows text or not, hidden or shown; a
message that needs more lines still gets them (rare: the kiosk's own messages fit one line).

A line whose height is fixed (``exact``: above a keypad, where nothing may move at all) is told
the texts it may show (``texts``): it then keeps the height of the longest of them as wrapped at
its width, in its font, so that none is cut ("...Try again in 5 minutes" losing its last line
on a narrow column or with large text), and a message shown still moves nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

#: What a line may say, in the language on screen now.
Texts = Callable[[], Iterable[str]]


class _LineReserver(QObject):
    """Keeps its label's minimum height at ``lines`` lines of the label's font, whatever font
    the stylesheet gives it (and gives it again, when the theme or the text size changes), or
    at the height of the tallest of ``texts`` wrapped at the label's width, if that is more
    (again when the width or the language changes)."""

    def __init__(self, label: QLabel, lines: int, exact: bool, texts: Texts | None) -> None:
        super().__init__(label)
        self._label = label
        self._lines = lines
        self._exact = exact
        self._texts = texts
        label.installEventFilter(self)
        self.update()

    def update(self) -> None:
        label = self._label
        margins = label.contentsMargins()
        text_height = max(self._lines * label.fontMetrics().lineSpacing(), self._tallest_text())
        height = text_height + margins.top() + margins.bottom()
        if self._exact:
            if label.height() != height or label.minimumHeight() != height:
                label.setFixedHeight(height)
        else:
            label.setMinimumHeight(height)

    def _tallest_text(self) -> int:
        if self._texts is None:
            return 0
        label = self._label
        width = label.contentsRect().width() - label.margin() * 2 - max(0, label.indent())
        if width <= 0:
            return 0  # not laid out yet: measured again once it has its width
        metrics = label.fontMetrics()
        room = QRect(0, 0, width, 100_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        return max(
            (metrics.boundingRect(room, flags, text).height() for text in self._texts()),
            default=0,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changes = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)
        measured = (QEvent.Type.Resize, QEvent.Type.LanguageChange)
        if event.type() in changes or (self._texts is not None and event.type() in measured):
            self.update()
        return False


def reserve_line(
    label: QLabel, lines: int = 1, *, exact: bool = False, texts: Texts | None = None
) -> None:
    """``label`` takes the height of ``lines`` lines of its text from the start, also while
    hidden or empty. ``exact``: never more nor less, and its text never widens the layout
    either (for a line above a keypad, where nothing may move at all). ``texts``: all it may
    say (in the language on screen when called): it keeps room for the longest of them whole."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    if exact:
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    _LineReserver(label, lines, exact, texts)

"""What a screen's scrolled middle holds (``contentScroll``): as tall as the screen when that
is enough, taller (and scrolling) only when its least height is more.

A plain widget in a QScrollArea asks for its preferred height at its width: a list that could
give up some of its room, or wrapped labels counted at their narrowest, would make the middle
scroll although everything fits. This one asks for its least height at the width it has.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


class ScrollContent(QWidget):
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        least = layout.totalMinimumHeightForWidth(width)
        return least if least >= 0 else layout.totalMinimumSize().height()

    def minimumSizeHint(self) -> QSize:
        # The height is heightForWidth's: the least at any width would count wrapped labels
        # at their narrowest (many lines).
        return QSize(super().minimumSizeHint().width(), 0)

"""A page stack that asks for the room of the page on screen only (the wizards' pages, the
cashier's PIN and list pages), and counts as a change of screen for the tap guard when its page
changes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.qt.shell.tap_guard import view_changed


class StackPage(QWidget):
    """A page of a :class:`CurrentPageStack`: a hidden page asks for no height.

    QStackedLayout answers heightForWidth with the tallest page's, asking each page widget
    directly; a page that is not on screen answers nothing, so the stack's height is the
    height the page on screen needs at the stack's width (its captions wrapped)."""

    def heightForWidth(self, width: int) -> int:
        if self.isHidden():
            return 0
        return super().heightForWidth(width)


class CurrentPageStack(QStackedWidget):
    """QStackedWidget sizes itself for its tallest page, which would squeeze the keyboard
    under a short page; the wizard's pages differ a lot in height. Pages are
    :class:`StackPage`s so that height for width, too, is the current page's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Another page asks for another size.
        self.currentChanged.connect(self._page_changed)

    def _page_changed(self, _index: int) -> None:
        self.updateGeometry()
        # Other buttons where the shopper taps: the next taps are not meant for them.
        view_changed(self)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

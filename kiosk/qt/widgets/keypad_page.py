"""A keypad page that keeps all of itself in view on a short screen.

A keypad page (the card number, the cashier's and the service engineer's PIN) is a title, a
hint, the field with its keypad, and a row under them with one button (Back or Cancel). With
large text the keys and words grow, and on a landscape terminal (1024×768 up to 1920×1080) the
page became 50–150 px taller than the screen: it scrolled as a whole, and its button sat below
the fold. On such a screen the button leaves its row for the keypad's left side, level with the
keypad's bottom row, and the page's top and bottom margins shrink. Everything then fits with no
key smaller than before. It goes back as soon as the page fits with the row again.

Whether the page fits is decided from the height it needs with the button in its row, never from
where the button happens to be, so the page cannot flip back and forth.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)
from shiboken6 import isValid

from kiosk.qt.widgets.sizes import least_width

#: The page's top and bottom margins while its button stands beside the keypad.
SHORT_MARGIN = 12

#: Where the button stands beside the keypad: at the left, level with the keys' bottom row.
BESIDE_KEYPAD = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


def room_of(page: QWidget) -> int:
    """The height the screen's frame shows of ``page``: the viewport of the scroll area it sits
    in (the page itself may have grown taller than that), else the page's own height."""
    parent = page.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return parent.height()  # the viewport
        parent = parent.parentWidget()
    return page.height()


class KeypadPageFit(QObject):
    """Moves ``button`` from ``actions_row`` to the front of ``entry_row`` (the row holding the
    keypad's column) while ``page`` (laid out by ``root``) needs more height with the row than
    its frame shows, and the entry row has the width for the button. The forms give the
    actions row's spacers no height, so the row left empty takes none."""

    def __init__(
        self,
        page: QWidget,
        *,
        root: QBoxLayout,
        entry_row: QBoxLayout,
        entry_column: QBoxLayout,
        actions_row: QBoxLayout,
        button: QPushButton,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._root = root
        self._entry_row = entry_row
        self._entry_column = entry_column
        self._actions_row = actions_row
        self._button = button
        self._place = actions_row.indexOf(button)
        self._margins = root.contentsMargins()
        self._updating = False
        #: Kept on the keypad's right while the button stands on its left.
        self._balancing = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed)
        self.beside = False
        page.installEventFilter(self)

    def needed_height(self) -> int:
        """The height the page asks of its frame at its width with the button in its own row:
        what a scroll area resizing its widget gives it (its height for its width when its
        texts wrap, which counts its spacers' hints, else its least height)."""
        root = self._root
        if root.hasHeightForWidth():
            need = root.totalHeightForWidth(self._page.width())
        else:
            need = root.totalMinimumSize().height()
        return need + (self._row_cost() if self.beside else 0)

    def _row_cost(self) -> int:
        """What the button's own row (the button and the spacing above it) and the page's
        full margins add to the page's height: measured from the button as it is now, so a
        change of text size while it stands beside the keypad is counted."""
        margins = self._margins
        shrunk = margins.top() + margins.bottom() - 2 * SHORT_MARGIN
        button = QWidgetItem(self._button).sizeHint().height()
        return button + max(0, self._root.spacing()) + shrunk

    def _spare_width(self) -> int:
        """The entry row's width left over with the button beside the keypad's column at its
        narrowest."""
        margins = self._root.contentsMargins()
        room = self._page.width() - margins.left() - margins.right()
        spacing = max(0, self._entry_row.spacing())
        column = self._entry_column.totalMinimumSize().width()
        return room - (least_width(self._button) + spacing + column)

    def _balance(self) -> None:
        """As much room on the keypad's right as the button and its spacing take on its left
        (the spacers around the column take no spacing), as far as the width allows with the
        column at its narrowest: the keypad stays in the middle, under the title."""
        spacing = max(0, self._entry_row.spacing())
        width = max(0, min(least_width(self._button) + spacing, self._spare_width()))
        if self._balancing.sizeHint().width() != width:
            self._balancing.changeSize(width, 0, QSizePolicy.Policy.Fixed)
            self._entry_row.invalidate()

    def update(self) -> None:
        """Move the button for the page's room and words as they are now."""
        if self._updating or not (isValid(self._page) and isValid(self._button)):
            return
        if self._button.isHidden():
            return
        beside = self.needed_height() > room_of(self._page) and self._spare_width() >= 0
        if beside == self.beside:
            if beside:
                self._balance()
            return
        self._updating = True
        try:
            self.beside = beside
            if beside:
                self._actions_row.removeWidget(self._button)
                self._entry_row.insertWidget(0, self._button, 0, BESIDE_KEYPAD)
                self._entry_row.addItem(self._balancing)
                self._balance()
                m = self._margins
                self._root.setContentsMargins(m.left(), SHORT_MARGIN, m.right(), SHORT_MARGIN)
                self._root.invalidate()
            else:
                self._entry_row.removeWidget(self._button)
                self._entry_row.removeItem(self._balancing)
                self._actions_row.insertWidget(self._place, self._button)
                self._root.setContentsMargins(self._margins)
        finally:
            self._updating = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A resize changes the room; a layout request follows any change of words, font or
        # visibility.
        if watched is self._page and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self.update()
        return False


class KeypadForm(Protocol):
    """The names a keypad screen's form (ui/manual_entry.ui, ui/service_pin.ui) gives the
    layouts of its page (read-only here, so a form's QHBoxLayout or QVBoxLayout will do)."""

    @property
    def rootLayout(self) -> QBoxLayout: ...
    @property
    def entryLayout(self) -> QBoxLayout: ...
    @property
    def entryColumn(self) -> QBoxLayout: ...
    @property
    def actionsLayout(self) -> QBoxLayout: ...


def fit_keypad_screen(screen: QWidget, form: KeypadForm, button: QPushButton) -> KeypadPageFit:
    """A keypad screen whose ``button`` moves beside the keypad while the screen is short."""
    return KeypadPageFit(
        screen,
        root=form.rootLayout,
        entry_row=form.entryLayout,
        entry_column=form.entryColumn,
        actions_row=form.actionsLayout,
        button=button,
    )

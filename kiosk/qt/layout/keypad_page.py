"""A keypad page that keeps all of itself in view on a short screen.

A keypad page (the card number, the cashier's and the service engineer's PIN) is a title, a
hint, the field with its keypad, and a row under them with one button (Back or Cancel). With
large text the keys and words grow, and on a landscape terminal (1024×768 up to 1920×1080) the
page became 50–150 px taller than the screen: it scrolled as a whole, and its button sat below
the fold. On such a screen the button leaves its row for the keypad's left side, level with the
keypad's bottom row, and the page's top and bottom margins shrink. Everything then fits with no
key smaller than before. It goes back as soon as the page fits with the row again.

A fit of two arrangements (kiosk.qt.layout.fit): the button under the keypad, else beside it;
each measured as it stands.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)

from kiosk.qt.layout.fit import Arrangement, Fit, layout_height, room_of
from kiosk.qt.widgets.sizes import least_width

#: The page's top and bottom margins while its button stands beside the keypad.
SHORT_MARGIN = 12

#: Where the button stands beside the keypad: at the left, level with the keys' bottom row.
BESIDE_KEYPAD = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


class KeypadPageFit(Fit):
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
        self._page = page
        self._root = root
        self._entry_row = entry_row
        self._entry_column = entry_column
        self._actions_row = actions_row
        self._button = button
        self._place = actions_row.indexOf(button)
        self._margins = root.contentsMargins()
        #: Kept on the keypad's right while the button stands on its left.
        self._balancing = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed)
        super().__init__(
            page,
            [
                Arrangement("under the keypad", self._under, self._need),
                Arrangement(
                    "beside the keypad",
                    self._beside,
                    self._need,
                    offered=lambda: not button.isHidden() and self._spare_width() >= 0,
                ),
            ],
            room=lambda: room_of(page),
        )

    @property
    def beside(self) -> bool:
        return self._entry_row.indexOf(self._button) >= 0

    def needed_height(self) -> int:
        """The height the page asks of its frame at its width with the button in its own row:
        measured as it stands, with what the button's own row (the button and the spacing
        above it) and the page's full margins add while it stands beside the keypad."""
        need = layout_height(self._root, self._page.width())
        return need + (self._row_cost() if self.beside else 0)

    def _need(self) -> QSize:
        return QSize(0, layout_height(self._root, self._page.width()))

    def _row_cost(self) -> int:
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

    def _beside(self) -> None:
        if not self.beside:
            self._actions_row.removeWidget(self._button)
            self._entry_row.insertWidget(0, self._button, 0, BESIDE_KEYPAD)
            self._entry_row.addItem(self._balancing)
            m = self._margins
            self._root.setContentsMargins(m.left(), SHORT_MARGIN, m.right(), SHORT_MARGIN)
        self._balance()

    def _under(self) -> None:
        if self.beside:
            self._entry_row.removeWidget(self._button)
            self._entry_row.removeItem(self._balancing)
            self._actions_row.insertWidget(self._place, self._button)
            self._root.setContentsMargins(self._margins)


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

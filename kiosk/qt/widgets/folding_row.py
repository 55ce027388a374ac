"""A row of buttons that folds onto two rows when the screen is too narrow for it.

Large text on a narrow terminal (768 px wide, portrait) makes "Back", "Cancel" and "Get the
SMS code" together wider than the screen. Rather than cutting their words, the row folds: the
widgets named ``movable`` go to a second row of their own (``fold``), where they get the whole
width. It unfolds as soon as the widgets fit side by side again (a wider screen, shorter
words, normal text).

Whether they fit is decided from what the widgets need (their least width, as a layout
would give it), never from where they happen to be, so folding cannot flip back and forth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QWidget, QWidgetItem
from shiboken6 import isValid


def least_width(widget: QWidget) -> int:
    """The least width a layout gives ``widget`` (its sizeHint for a button, which cannot
    shrink; its minimumSizeHint for a word-wrapped label); 0 when it is hidden."""
    if widget.isHidden():
        return 0
    return QWidgetItem(widget).minimumSize().width()


def _first(place: tuple[int, QWidget, Qt.AlignmentFlag]) -> int:
    return place[0]


def _alignment(row: QBoxLayout, widget: QWidget) -> Qt.AlignmentFlag:
    item = row.itemAt(row.indexOf(widget))
    return item.alignment() if item is not None else Qt.AlignmentFlag(0)


class FoldingRow(QObject):
    """Keeps ``movable`` in ``row`` while the visible widgets of ``measured`` fit the
    ``owner``'s width side by side, else moves them to ``fold`` (an empty layout of their
    own, placed by the owner's form where the second row belongs).

    ``room`` tells the width the row has when it is not the owner's width inside its
    layout's margins (a row inside a scroll area: the viewport's width, which the row's own
    needs cannot widen)."""

    def __init__(
        self,
        owner: QWidget,
        row: QBoxLayout,
        fold: QBoxLayout,
        *,
        movable: Sequence[QWidget],
        measured: Sequence[QWidget],
        room: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(owner)
        self._room = room
        self._owner = owner
        self._row = row
        self._fold = fold
        self._measured = list(measured)
        #: Each movable widget's place and alignment in the unfolded row, to put it back so.
        self._places = sorted(
            ((row.indexOf(widget), widget, _alignment(row, widget)) for widget in movable),
            key=_first,
        )
        self.folded = False
        owner.installEventFilter(self)

    def needed_width(self) -> int:
        widths = [least_width(widget) for widget in self._measured]
        shown = [width for width in widths if width > 0]
        return sum(shown) + max(0, len(shown) - 1) * max(0, self._row.spacing())

    def available_width(self) -> int:
        if self._room is not None:
            return self._room()
        layout = self._owner.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return self._owner.width() - sides

    def update(self) -> None:
        """Fold or unfold for the owner's width and the widgets' words as they are now."""
        if not all(isValid(widget) for widget in self._measured):
            return  # the screen is being taken down
        fold = self.needed_width() > self.available_width()
        if fold == self.folded:
            return
        self.folded = fold
        if fold:
            for _place, widget, _aligned in self._places:
                self._row.removeWidget(widget)
                self._fold.addWidget(widget)
        else:
            for place, widget, aligned in self._places:
                self._fold.removeWidget(widget)
                self._row.insertWidget(place, widget, 0, aligned)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A resize changes the room; a layout request follows any change of a child's words,
        # font or visibility.
        if watched is self._owner and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self.update()
        return False

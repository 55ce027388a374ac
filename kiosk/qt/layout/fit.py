"""Fitting a screen to the room it has: one measure of the room, one fit.

A screen (or a wizard's frame) offers its arrangements in order of preference (side by side,
then stacked; the actions under the keys, then beside them; ...), each with what it needs in
that arrangement, measured by Qt's own size hints and heights for width. :class:`Fit` keeps the
first arrangement whose need fits the room (:func:`room_of`: what the window shows of the
screen, the dock of keys counted by the screen's own layout), and then keeps the field the
screen declares (:mod:`.needs`) in view, with its caption and problem line, in the screen's one
scroll area.

It follows the events that change either side once, for every screen: a resize, the screen
shown, another language, another text size or style, the focus moving to another field, the
keys shown or hidden, a problem said (a layout request: the fit is made again only when the
arrangement no longer fits). When none fits, the least tall of those the width allows is kept:
what scrolls or is cut then is the least.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QLayout,
    QScrollArea,
    QWidget,
)
from shiboken6 import isValid

from kiosk.qt.layout.needs import DeclaresNeeds, FieldNeed
from kiosk.qt.widgets.sizes import least_width


def side_by_side_width(widgets: Iterable[QWidget], spacing: int) -> int:
    """The least width ``widgets`` need side by side, ``spacing`` between each two shown (a
    hidden widget takes neither room nor spacing)."""
    widths = [width for width in (least_width(widget) for widget in widgets) if width > 0]
    return sum(widths) + max(0, len(widths) - 1) * max(0, spacing)


def room_of(widget: QWidget) -> QSize:
    """The room the window gives ``widget``: the viewport of the scroll area it sits in (the
    screen's frame; the widget itself may have grown past it), else its own size."""
    holder = widget.parentWidget()
    while holder is not None:
        area = holder.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is holder:
            return holder.size()
        holder = area
    return widget.size()


def _forget_sizes(layout: QLayout) -> None:
    """Have ``layout`` and every layout in it measure again: a layout caches its sizes until
    asked to lay out, and a widget moved between the layouts inside it leaves them stale
    (a scroll area's contents do not count, so they are left alone)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        widget = item.widget() if item is not None else None
        if inner is None and widget is not None and not isinstance(widget, QAbstractScrollArea):
            inner = widget.layout()
        if inner is not None:
            _forget_sizes(inner)
    layout.invalidate()


def layout_height(layout: QLayout, width: int) -> int:
    """The least height ``layout`` needs at ``width``, its texts wrapped at that width (as
    laid out last: see :func:`_forget_sizes`)."""
    need = layout.totalMinimumHeightForWidth(width)
    return need if need >= 0 else layout.totalMinimumSize().height()


def height_through(layout: QLayout, widget: QWidget, width: int) -> int:
    """The height the items of ``layout`` take from its top down to the one holding
    ``widget`` (all of them when none holds it), each at its least for ``width``."""
    spacing = max(0, layout.spacing())
    need = 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        held = item.widget()
        if item.hasHeightForWidth():
            need += item.heightForWidth(width) + (spacing if need else 0)
        else:
            need += item.minimumSize().height() + (spacing if need else 0)
        if held is not None and (held is widget or held.isAncestorOf(widget)):
            break
    return need


@dataclass(frozen=True)
class Arrangement:
    """One way to lay a screen out: ``apply`` puts it in place (doing nothing when it is in
    place already), ``need`` says the size it needs then, ``offered`` whether it may be taken
    now at all (large text only, the keys narrow enough, ...)."""

    name: str
    apply: Callable[[], None]
    need: Callable[[], QSize]
    offered: Callable[[], bool] = field(default=lambda: True)


def fits(need: QSize, room: QSize) -> bool:
    return need.width() <= room.width() and need.height() <= room.height()


def _closest(tried: Sequence[tuple[Arrangement, QSize, int]], room: QSize) -> Arrangement:
    """The arrangement that fits ``room``; else, of those as wide as the room allows, one
    whose least height (its scroll area at its least) the room holds, so that only the scroll
    area scrolls, the least tall first, else the least of least heights; else the narrowest."""
    for arrangement, need, _least in tried:
        if fits(need, room):
            return arrangement
    ranked = sorted(
        (least > room.height(), least if least > room.height() else need.height(), index)
        for index, (_arrangement, need, least) in enumerate(tried)
        if need.width() <= room.width()
    )
    if ranked:
        return tried[ranked[0][2]][0]
    narrowest = min((need.width(), index) for index, (_a, need, _l) in enumerate(tried))
    return tried[narrowest[1]][0]


#: The events after which the whole fit is made again, from the most preferred arrangement.
_REFIT = (
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.LanguageChange,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
)


class Fit(QObject):
    """Keeps ``owner`` in the first of ``arrangements`` whose need fits ``room`` (default:
    :func:`room_of` the owner), and the field the owner declares in view in its scroll area.
    ``watched``: widgets whose showing, hiding or change of size changes the room (the dock
    of keys) or whose layout holds the field (a scroll area's contents)."""

    def __init__(
        self,
        owner: QWidget,
        arrangements: Sequence[Arrangement],
        *,
        room: Callable[[], QSize] | None = None,
        watched: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._arrangements = list(arrangements)
        self._room = room or (lambda: room_of(owner))
        self._watched = list(watched)
        self._fitting = False
        self.current: Arrangement | None = None
        #: The room and the need the last fit left the owner with.
        self._settled: tuple[QSize, QSize] | None = None
        owner.installEventFilter(self)
        for widget in self._watched:
            widget.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def refit(self) -> None:
        """Take the first arrangement that fits, from the most preferred."""
        if self._fitting or not isValid(self._owner):
            return
        offered = [a for a in self._arrangements if a.offered()]
        if not offered:
            return
        self._fitting = True
        try:
            room = self._room()
            tried: list[tuple[Arrangement, QSize, int]] = []
            layout = self._owner.layout()
            for arrangement in offered:
                arrangement.apply()
                if layout is not None:
                    _forget_sizes(layout)
                need = arrangement.need()
                least = layout_height(layout, room.width()) if layout is not None else 0
                tried.append((arrangement, need, least))
                if fits(need, room):
                    break
            chosen = _closest(tried, room)
            chosen.apply()
            self.current = chosen
            self._settled = (room, next(need for a, need, _l in tried if a is chosen))
            if layout is not None:
                _forget_sizes(layout)
                layout.activate()  # laid out in the arrangement chosen, not the last measured
        finally:
            self._fitting = False
        self.keep_field_in_view()

    def _still_fits(self) -> None:
        """Words or sizes changed in place: the fit is made again when the arrangement no
        longer fits (each arrangement is measured in place, so the choice does not depend on
        the one before)."""
        current = self.current
        if current is None or not current.offered():
            self.refit()
            return
        room, need = self._room(), current.need()
        # Laid out as the fit left it (nothing fitted better): no fit again until something
        # changed, or every layout request would make one.
        if fits(need, room) or (room, need) == self._settled:
            self.keep_field_in_view()
        else:
            self.refit()

    def keep_field_in_view(self) -> None:
        """The declared field with its caption and problem line in the declared scroll
        area's view (as far as the view holds them: the field first, then its caption)."""
        owner = self._owner
        if self._fitting or not isValid(owner) or not isinstance(owner, DeclaresNeeds):
            return
        needs = owner.view_needs()
        if needs.field is not None and isinstance(needs.scroll, QScrollArea):
            keep_in_view(needs.scroll, needs.field)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isValid(self._owner) and new is not None and self._owner.isAncestorOf(new):
            self.keep_field_in_view()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._owner:
            if kind in _REFIT:
                self.refit()
            elif kind == QEvent.Type.LayoutRequest:
                self._still_fits()
        elif kind in (QEvent.Type.Show, QEvent.Type.Hide):
            self.refit()  # the keys came or went: the room changed
        elif kind == QEvent.Type.LayoutRequest:
            self._still_fits()
        return False


def keep_in_view(area: QScrollArea, need: FieldNeed) -> None:
    """Scroll ``area`` so that ``need``'s parts shown (caption, field, problem) are in its
    view; when the view cannot hold them all, the field comes first, then its problem, then
    its caption. The room kept for a problem not shown does not count: scrolling for it would
    only cut the text above in half."""
    content = area.widget()
    if content is None or not content.isAncestorOf(need.field):
        return
    view = area.viewport().height()

    def span(part: QWidget) -> tuple[int, int]:
        top = part.mapTo(content, QPoint(0, 0)).y()
        return top, top + part.height()

    first, last = span(need.field)
    for part in (need.problem, need.caption):
        if part is None or not part.isVisible():
            continue
        top, bottom = span(part)
        if max(last, bottom) - min(first, top) <= view:
            first, last = min(first, top), max(last, bottom)
    scroll = area.verticalScrollBar()
    position = scroll.value()
    if first < position:
        scroll.setValue(first)
    elif last > position + view:
        scroll.setValue(min(first, last - view))


class Fold:
    """Widgets (``movable``) that stand at their places in ``row``, or in ``fold`` (an empty
    layout of their own, placed by the owner's form where a second row belongs)."""

    def __init__(self, row: QBoxLayout, fold: QBoxLayout, movable: Sequence[QWidget]) -> None:
        self._row = row
        self._fold = fold
        #: Each movable widget's place and alignment in the row, to put it back so.
        self._places = sorted(
            ((row.indexOf(widget), widget, _alignment(row, widget)) for widget in movable),
            key=lambda place: place[0],
        )

    def unfold(self) -> None:
        for place, widget, aligned in self._places:
            if self._fold.indexOf(widget) >= 0:
                self._fold.removeWidget(widget)
                self._row.insertWidget(place, widget, 0, aligned)

    def fold(self) -> None:
        for _place, widget, _aligned in self._places:
            if self._row.indexOf(widget) >= 0:
                self._row.removeWidget(widget)
                self._fold.addWidget(widget)


def _alignment(row: QBoxLayout, widget: QWidget) -> Qt.AlignmentFlag:
    item = row.itemAt(row.indexOf(widget))
    return item.alignment() if item is not None else Qt.AlignmentFlag(0)


def fold_when_narrow(
    owner: QWidget,
    row: QBoxLayout,
    fold: QBoxLayout,
    *,
    movable: Sequence[QWidget],
    measured: Sequence[QWidget],
    room: Callable[[], QSize] | None = None,
) -> Fit:
    """A row of ``owner`` whose ``movable`` widgets go to ``fold`` while the shown ones of
    ``measured`` do not fit side by side in the owner's width inside its layout's margins
    (``room``: the owner's size by default, a screen's: what the window shows of it)."""
    moves = Fold(row, fold, movable)

    def one_row() -> QSize:
        layout = owner.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return QSize(side_by_side_width(measured, row.spacing()) + sides, 0)

    return Fit(
        owner,
        [Arrangement("one row", moves.unfold, one_row), Arrangement("folded", moves.fold, QSize)],
        room=room or owner.size,
    )

"""What a person standing at the kiosk can see and tap, checked against what the screen on
display declares it needs (kiosk.qt.layout.needs): for the person-view layout test
(tests/qt/screens/test_person_view.py).

The geometry alone (tests/support/screen_gallery.py's ``layout_problems``) passes while a person
cannot use a screen: a field in a scroll area may be cut in half at the edge above the keys, a
title scrolled away, a button covered. This asks what the person asks: is the field I type
into, its caption and its problem wholly in view, not under the keys or anything else? Can I
tap the buttons that take me on and back? Do I see what the screen says on arrival? Does a
scroll area that scrolls show that it does? Is any text cut, the stylesheet's padding counted?
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.qt.layout.needs import DeclaresNeeds, ViewNeeds, still_here_needs
from kiosk.qt.widgets.code_entry import CodeEntry
from kiosk.qt.widgets.field_row import FieldRow
from kiosk.qt.widgets.wrapping import WORD_WRAP, wrap_words
from tests.support.screen_gallery import Stage, TouchTarget, _layer, _shown, settle

#: Points across a widget (per side) at which it must be the one a tap reaches.
PROBES = 3


@dataclass(frozen=True)
class Problem:
    """One thing a person cannot see or use: what of the declaration it concerns (``role``:
    field, keys, always, on arrival, or "" for any widget), what is wrong (``kind``, the same
    words for the same trouble, to group by), on which widget, and the figures."""

    role: str
    kind: str
    widget: str
    detail: str = ""

    def __str__(self) -> str:
        role = f"[{self.role}] " if self.role else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{role}{self.widget}: {self.kind}{detail}"


# --- whose needs ------------------------------------------------------------------------------


def layer_on_display(stage: Stage) -> QWidget:
    """What the person works with now: an overlay the scene put up over the window, else
    what the window says (the demo panel when open, a still-here question over the screen,
    else the screen on display)."""
    if stage.overlays:
        return stage.overlays[-1]
    layer = stage.kiosk.window.input_layer()
    assert layer is not None
    return layer


def needs_of(layer: QWidget) -> ViewNeeds | None:
    from kiosk.qt.shell.still_here import StillHereOverlay

    if isinstance(layer, StillHereOverlay):
        return still_here_needs(layer)
    return layer.view_needs() if isinstance(layer, DeclaresNeeds) else None


# --- the checks ---------------------------------------------------------------------------------


def person_problems(
    window: QWidget, layer: QWidget, min_target_px: int, *, arrival: bool = True
) -> list[Problem]:
    """Everything a person cannot see or use on ``window`` as it is now, with ``layer`` (a
    screen, an overlay) the one they work with; ``arrival``: the screen has just come up (what
    it must show on arrival is checked too)."""
    settle()  # what is measured is what stays on screen
    needs = needs_of(layer)
    problems: list[Problem] = []
    if needs is None:
        problems.append(Problem("", "declares no needs", _name(layer)))
        needs = ViewNeeds()
    keys = needs.keys if needs.keys is not None and needs.keys.isVisible() else None
    if needs.field is not None:
        for part in needs.field.parts():
            problems += _in_view(part, window, keys, "field")
    if keys is not None:
        problems += _in_view(keys, window, None, "keys")
    for widget in needs.always:
        problems += _in_view(widget, window, keys, "always")
    for widget in needs.on_arrival if arrival else ():
        problems += _in_view(widget, window, keys, "on arrival")
    problems += _scroll_problems(layer, needs)
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            problems += _text_problems(widget)
    problems += _target_problems(window, layer, min_target_px)
    return problems


def _in_view(widget: QWidget, window: QWidget, keys: QWidget | None, role: str) -> list[Problem]:
    """``widget`` wholly in view: inside the window and every scroll viewport holding it, not
    under the keys, and the widget a tap (or a look) reaches at each point of it."""
    if not widget.isVisible() or (isinstance(widget, QLabel) and not widget.text()):
        return []  # not shown in this state: nothing to see
    name = _name(widget)
    rect = _on_window(widget, window)
    if rect.isEmpty():
        return [Problem(role, "squeezed to nothing", name, _shown(rect))]
    shown, clipper = _clipped(widget, window)
    if shown.isEmpty():
        where = "outside the window" if clipper is None else f"out of {_name(clipper)}'s view"
        return [Problem(role, "not in view", name, f"{_shown(rect)} {where}")]
    problems: list[Problem] = []
    if shown != rect:
        cut = (
            "cut off at the window's edge"
            if clipper is None
            else f"cut off by {_name(clipper)}'s edge"
        )
        problems.append(Problem(role, cut, name, f"{_shown(shown)} of {_shown(rect)} in view"))
    if keys is not None and widget is not keys and not _related(widget, keys):
        under = shown.intersected(_on_window(keys, window))
        if not under.isEmpty():
            problems.append(Problem(role, "under the keys", name, f"{under.height()} px"))
    cover = _covered_by(widget, shown, window)
    if cover is not None:
        problems.append(Problem(role, "covered", name, f"by {_name(cover)}"))
    return problems


def _on_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _clipped(widget: QWidget, window: QWidget) -> tuple[QRect, QWidget | None]:
    """The part of ``widget`` its parents let show (a scroll area's viewport clips what is
    scrolled away; the window, what lies past its edge), and the innermost parent that cuts
    it (None: the window, or nothing)."""
    shown = _on_window(widget, window)
    clipper: QWidget | None = None
    parent = widget.parentWidget()
    while parent is not None:
        room = _on_window(parent, window) if parent is not window else window.rect()
        inside = shown.intersected(room)
        if inside != shown and clipper is None and parent is not window:
            clipper = _scroll_area_of(parent) or parent
        shown = inside
        if parent is window:
            break
        parent = parent.parentWidget()
    return shown, clipper


def _scroll_area_of(viewport: QWidget) -> QWidget | None:
    area = viewport.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def _related(first: QWidget, second: QWidget) -> bool:
    return first.isAncestorOf(second) or second.isAncestorOf(first)


def _covered_by(widget: QWidget, shown: QRect, window: QWidget) -> QWidget | None:
    """The first widget found over ``widget`` at points across its part in view: what a tap
    there reaches instead (Qt's own hit test), or an overlay that lets taps through but is
    seen over it (the notice)."""
    for overlay in window.children():
        if (
            isinstance(overlay, QWidget)
            and overlay.isVisible()
            and overlay.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            and not _related(overlay, widget)
            and overlay.geometry().intersects(shown)
        ):
            return overlay
    for point in _probes(shown):
        hit = window.childAt(point)
        if hit is not None and hit is not widget and not widget.isAncestorOf(hit):
            return hit
    return None


def _probes(rect: QRect) -> list[QPoint]:
    inner = rect.adjusted(1, 1, -1, -1)
    if inner.isEmpty():
        return [rect.center()]
    xs = [inner.left() + inner.width() * i // (PROBES - 1) for i in range(PROBES)]
    ys = [inner.top() + inner.height() * i // (PROBES - 1) for i in range(PROBES)]
    return [QPoint(min(x, inner.right()), min(y, inner.bottom())) for x in xs for y in ys]


# --- scroll areas ----------------------------------------------------------------------------


def _scroll_problems(layer: QWidget, needs: ViewNeeds) -> list[Problem]:
    """One scroll area at most, the declared one; none inside another; one that scrolls shows
    that it does (a scroll bar, or a cue the screen sets: the ``scrollCue`` property)."""
    areas = [area for area in layer.findChildren(QAbstractScrollArea) if area.isVisible()]
    frame = _frame_of(layer)
    if frame is not None and _can_scroll(frame):
        areas.insert(0, frame)  # the whole screen scrolls
    problems: list[Problem] = []
    for area in areas:
        for inner in areas:
            if inner is not area and area.viewport().isAncestorOf(inner):
                problems.append(
                    Problem("", "scroll area inside another", _name(inner), f"in {_name(area)}")
                )
        if not _can_scroll(area):
            continue
        if area is frame:
            problems.append(
                Problem("", "the whole screen scrolls", _name(area), _scroll_range(area))
            )
        elif area is not needs.scroll:
            declared = _name(needs.scroll) if needs.scroll is not None else "none"
            problems.append(Problem("", "scrolls undeclared", _name(area), f"declared: {declared}"))
        if not _shows_scrolling(area):
            problems.append(
                Problem("", "scrolls without showing it", _name(area), _scroll_range(area))
            )
    return problems


def _frame_of(layer: QWidget) -> QAbstractScrollArea | None:
    """The scroll area the window holds ``layer`` in (a screen's frame), if any."""
    viewport = layer.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def _can_scroll(area: QAbstractScrollArea) -> bool:
    return area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0


def _shows_scrolling(area: QAbstractScrollArea) -> bool:
    if area.property("scrollCue"):
        return True
    vertical, horizontal = area.verticalScrollBar(), area.horizontalScrollBar()
    return (vertical.maximum() == 0 or vertical.isVisible()) and (
        horizontal.maximum() == 0 or horizontal.isVisible()
    )


def _scroll_range(area: QAbstractScrollArea) -> str:
    return f"{area.verticalScrollBar().maximum()} px more"


# --- text -----------------------------------------------------------------------------------


def _text_problems(widget: QWidget) -> list[Problem]:
    if isinstance(widget, QLabel):
        need, room = _label_need(widget)
    elif isinstance(widget, QPushButton | QCheckBox):
        need, room = _button_need(widget)
    else:
        return []
    if need is None or (need.width() <= room.width() + 1 and need.height() <= room.height() + 1):
        return []
    text = _text_of(widget)
    return [
        Problem(
            "",
            "text cut off",
            _name(widget),
            f"{text[:40]!r} needs {need.width()}x{need.height()}, "
            f"has {room.width()}x{room.height()}",
        )
    ]


def _text_of(widget: QLabel | QAbstractButton) -> str:
    return (
        widget.text().replace("&&", "&") if isinstance(widget, QAbstractButton) else widget.text()
    )


def _label_need(label: QLabel) -> tuple[QRect | None, QRect]:
    """The room the label's text needs and the room it has: inside its padding, border and
    margin (its contents rect), rich text laid out as the label lays it out."""
    room = label.contentsRect().adjusted(
        label.margin() + max(0, label.indent()), label.margin(), -label.margin(), -label.margin()
    )
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None, room
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setTextWidth(room.width() if label.wordWrap() else -1)
        size = document.size()
        width = document.idealWidth() if label.wordWrap() else size.width()
        return QRect(0, 0, round(width), round(size.height())), room
    flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
    need = QFontMetrics(label.font()).boundingRect(
        QRect(0, 0, max(room.width(), 1), 100_000), flags, text
    )
    return need, room


def _button_need(button: QPushButton | QCheckBox) -> tuple[QRect | None, QRect]:
    """The room a button's words need and the room its style leaves them (inside the
    stylesheet's padding and border, beside a check box's box); words that may wrap
    (kiosk.qt.widgets.wrapping) wrapped at that width."""
    text = _text_of(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_PushButtonContents
    )
    room = button.style().subElementRect(element, option, button)
    if not text:
        return None, room
    metrics = QFontMetrics(button.font())
    if button.property(WORD_WRAP) is True:
        lines = wrap_words(metrics, text, room.width())
    else:
        lines = text.splitlines()
    width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
    return QRect(0, 0, width, len(lines) * metrics.lineSpacing()), room


# --- touch targets --------------------------------------------------------------------------


def _target_problems(window: QWidget, layer: QWidget, min_target_px: int) -> list[Problem]:
    """Every target of ``layer`` and of the window's own rows (the demo strip) at least
    ``min_target_px`` (9 mm) each way, its part in view no sliver (a button cut by a scroll
    area's edge), and no two overlapping where one taps."""
    problems: list[Problem] = []
    targets: list[tuple[QWidget, QRect, QWidget]] = []
    rows = window.layout()
    scopes = [layer] + [
        child
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if rows is not None and rows.indexOf(child) >= 0 and not child.isAncestorOf(layer)
    ]
    for widget in (target for scope in scopes for target in scope.findChildren(QWidget)):
        if not (isinstance(widget, TouchTarget) and widget.isVisible() and widget.isEnabled()):
            continue
        name = _name(widget)
        rect = _on_window(widget, window)
        if min(rect.width(), rect.height()) < min_target_px:
            problems.append(
                Problem("", "target under 9 mm", name, f"{rect.width()}x{rect.height()}")
            )
        shown, _clipper = _clipped(widget, window)
        if shown.isEmpty():
            continue
        if shown != rect and min(shown.width(), shown.height()) < min_target_px:
            problems.append(
                Problem("", "target cut to a sliver", name, f"{_shown(shown)} of {_shown(rect)}")
            )
        targets.append((widget, shown, _layer(widget, window)))
    for index, (first, first_rect, first_layer) in enumerate(targets):
        for second, second_rect, second_layer in targets[index + 1 :]:
            if (
                first_layer is second_layer
                and not _related(first, second)
                and first_rect.intersects(second_rect)
            ):
                overlap = first_rect.intersected(second_rect)
                problems.append(
                    Problem(
                        "",
                        "targets overlap",
                        f"{_name(first)} and {_name(second)}",
                        f"{overlap.width()}x{overlap.height()}",
                    )
                )
    return problems


def _name(widget: QWidget) -> str:
    """A widget's object name; a part without one (a form row's caption or problem line) by
    its holder's name and its part."""
    if widget.objectName():
        return widget.objectName()
    holder = widget.parentWidget()
    if isinstance(holder, FieldRow):
        part = (
            "caption" if widget is holder.caption else "problem" if widget is holder.error else ""
        )
        return f"{holder.objectName()}.{part or type(widget).__name__}"
    if isinstance(holder, CodeEntry):
        part = (
            "sentTo" if widget is holder.sent_to else "message" if widget is holder.message else ""
        )
        return f"smsCode.{part or type(widget).__name__}"
    holder_name = holder.objectName() if holder is not None else ""
    return f"{holder_name}.{type(widget).__name__}" if holder_name else type(widget).__name__

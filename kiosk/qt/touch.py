"""Touch helpers: scroll areas that follow a finger."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller


def enable_touch_scrolling(area: QAbstractScrollArea) -> None:
    """Drag the content with a finger (touch screens deliver a drag as a left-button mouse
    move), with kinetic flicking; the scroll bar stays for people who prefer it."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

"""Touch helpers: scroll areas that follow a finger."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties


def enable_touch_scrolling(area: QAbstractScrollArea) -> None:
    """Drag the content with a finger (touch screens deliver a drag as a left-button mouse
    move), with kinetic flicking; the scroll bar stays for people who prefer it.

    Presses reach the widgets under the finger at once (no press delay), so buttons inside the
    area react to a tap like everywhere else; a drag that follows still scrolls.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
    )
    scroller.setScrollerProperties(properties)

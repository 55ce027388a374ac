"""The kiosk's look: the stylesheet rendered for the screen (:class:`Theme`), and the dynamic
properties it selects widgets by (``tone``, ``quiet``, ...)."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.display.metrics import REFERENCE_SIZE, ScreenMetrics
from kiosk.core.flow import ReadingAids


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet selects on, and re-polish so it takes effect."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    # Dynamic properties are only re-read by the stylesheet on a re-polish.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class StyledParts(Protocol):
    """What takes the reading aids' look: the window, part by part (KioskWindow)."""

    def set_style_sheet(self, sheet: str) -> None: ...


class Theme:
    """The stylesheet, rendered for the window's size and the shopper's reading aids.

    The application's stylesheet is rendered (and every widget re-polished) at start-up and
    when the window's size changes (a screen change, a rotated panel). The reading aids change
    while a person waits for them with a finger near the button, and re-polishing every widget
    of every screen built takes seconds on a 2-core terminal: their look goes to the window's
    parts instead (:meth:`follow`), which take it at once where on display and the others just
    before they are shown.
    """

    def __init__(self, app: QApplication, template: str, *, dpi: float | None = None) -> None:
        self._app = app
        self._template = template
        self._metrics = ScreenMetrics(*REFERENCE_SIZE, dpi=dpi)
        #: What the application's stylesheet was rendered for.
        self._applied: ScreenMetrics | None = None
        self._parts: StyledParts | None = None

    @property
    def metrics(self) -> ScreenMetrics:
        return self._metrics

    @property
    def stylesheet(self) -> str:
        """The stylesheet for the metrics now: the look of what is on display."""
        return self._metrics.render_stylesheet(self._template)

    def follow(self, parts: StyledParts) -> None:
        """From now on the reading aids restyle ``parts``, not the whole application."""
        self._parts = parts

    def set_size(self, width: int, height: int) -> None:
        self._metrics = replace(self._metrics, width=width, height=height)
        if self._applied is not None:
            self.apply()

    def set_reading_aids(self, aids: ReadingAids) -> None:
        self._metrics = replace(
            self._metrics, large_text=aids.large_text, high_contrast=aids.high_contrast
        )
        if self._applied is None:
            return
        if self._parts is None:
            self.apply()
        elif self._metrics == self._applied:
            self._parts.set_style_sheet("")  # the application's look is theirs again
        else:
            self._parts.set_style_sheet(self.stylesheet)

    def apply(self) -> None:
        """Render and set the application's stylesheet for the metrics now (if they changed);
        the window's parts go by it again."""
        if self._applied == self._metrics:
            return
        self._applied = self._metrics
        self._app.setStyleSheet(self.stylesheet)
        if self._parts is not None:
            self._parts.set_style_sheet("")


def screen_dpi(app: QApplication) -> float | None:
    """The primary screen's physical resolution, if it reports a size in millimetres."""
    screen = app.primaryScreen()
    if screen is None or screen.physicalSize().width() <= 0:
        return None
    return screen.physicalDotsPerInch()

"""The kiosk's look: the stylesheet rendered for the screen (:class:`Theme`), and the dynamic
properties it selects widgets by (``tone``, ``quiet``, ...)."""

from __future__ import annotations

from dataclasses import replace

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


class Theme:
    """The stylesheet, rendered for the window's size and the shopper's reading aids.

    The stylesheet is re-rendered (and every widget re-polished) only when what it depends on
    changes: the window's size (a screen change, a rotated panel), large text, high contrast.
    """

    def __init__(self, app: QApplication, template: str, *, dpi: float | None = None) -> None:
        self._app = app
        self._template = template
        self._metrics = ScreenMetrics(*REFERENCE_SIZE, dpi=dpi)
        self._applied: ScreenMetrics | None = None

    @property
    def metrics(self) -> ScreenMetrics:
        return self._metrics

    def set_size(self, width: int, height: int) -> None:
        self._update(replace(self._metrics, width=width, height=height))

    def set_reading_aids(self, aids: ReadingAids) -> None:
        self._update(
            replace(self._metrics, large_text=aids.large_text, high_contrast=aids.high_contrast)
        )

    def apply(self) -> None:
        """Render and set the stylesheet for the metrics now (if they changed)."""
        if self._applied == self._metrics:
            return
        self._applied = self._metrics
        self._app.setStyleSheet(self._metrics.render_stylesheet(self._template))

    def _update(self, metrics: ScreenMetrics) -> None:
        self._metrics = metrics
        if self._applied is not None:
            self.apply()


def screen_dpi(app: QApplication) -> float | None:
    """The primary screen's physical resolution, if it reports a size in millimetres."""
    screen = app.primaryScreen()
    if screen is None or screen.physicalSize().width() <= 0:
        return None
    return screen.physicalDotsPerInch()

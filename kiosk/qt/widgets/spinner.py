"""Small custom widgets the Designer forms use: the loading spinner."""

from __future__ import annotations

from PySide6.QtCore import Property, QRectF, Qt
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.qt.shell.timers import Timer, TimerFactory, qt_timer


class Spinner(QWidget):
    """A rotating arc that says "working on it". It animates only while it is visible."""

    _STEP_DEGREES = 8
    _FRAME_MS = 20

    def __init__(self, parent: QWidget | None = None, *, timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._angle = 0
        self._color = QColor("#0b6e69")
        self._timer = self._frame_timer(timers)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def use_timers(self, timers: TimerFactory) -> None:
        """Take the animation timer from ``timers`` (a Designer form builds the spinner with
        the default factory; the screen holding it hands on the kiosk's)."""
        spinning = self._timer.isActive()
        self._timer.stop()
        self._timer.deleteLater()
        self._timer = self._frame_timer(timers)
        if spinning:
            self._timer.start()

    def _frame_timer(self, timers: TimerFactory) -> Timer:
        timer = timers("spinner", self, interval_ms=self._FRAME_MS)
        timer.timeout.connect(self._advance)
        return timer

    def _get_color(self) -> QColor:
        return self._color

    def _set_color(self, color: QColor) -> None:
        self._color = QColor(color)
        self.update()

    #: Settable from the stylesheet: ``Spinner { qproperty-color: #123456; }``.
    color = Property(QColor, _get_color, _set_color)

    def is_spinning(self) -> bool:
        return self._timer.isActive()

    def _advance(self) -> None:
        self._angle = (self._angle + self._STEP_DEGREES) % 360
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        width = max(side / 12, 4.0)
        rect = QRectF(
            (self.width() - side) / 2 + width,
            (self.height() - side) / 2 + width,
            side - 2 * width,
            side - 2 * width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(self._color)
        track.setAlpha(40)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(rect)
        painter.setPen(QPen(self._color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Qt angles are in 1/16 degree, counter-clockwise; spin clockwise.
        painter.drawArc(rect, -self._angle * 16, 100 * 16)
        painter.end()

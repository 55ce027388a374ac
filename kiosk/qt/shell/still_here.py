"""The "Are you still here?" countdown laid over a form when the idle time runs out.

A shopper filling a form may be reading the SMS on their phone, so a form does not vanish at
the first idle timeout: this overlay counts down (``still_here_seconds`` of the config, at
least 20: EN 301 549 asks for at least 20 s to extend a time limit). "I need more time", or a
tap anywhere on it, keeps everything and starts the idle time again (``stayed``); at zero it
emits ``expired`` and the kiosk wipes the form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.qt.shell.tap_guard import view_changed
from kiosk.qt.shell.timers import TimerFactory, qt_timer

#: Seconds the shopper gets to ask for more time (config: [kiosk] still_here_seconds).
COUNTDOWN_SECONDS = 20
#: One second of the countdown.
TICK_MS = 1000


class StillHereOverlay(QWidget):
    stayed = Signal()
    expired = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        seconds: int = COUNTDOWN_SECONDS,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stillHereOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._host = parent
        self._seconds = seconds
        self._remaining = seconds
        self._timer = timers("still-here", self, interval_ms=TICK_MS)
        self._timer.timeout.connect(self._tick)

        self._panel = panel = QFrame(self)
        panel.setObjectName("stillHerePanel")
        self.question = QLabel()
        self.question.setObjectName("stillHereQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.question.setProperty("role", "title")
        self.countdown = QLabel()
        self.countdown.setObjectName("stillHereCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        self.countdown.setProperty("role", "subtitle")
        self.stay_button = QPushButton()
        self.stay_button.setObjectName("stillHereButton")
        self.stay_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stay_button.setProperty("role", "primary")
        self.stay_button.clicked.connect(self.stay)
        self._panel_layout = inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        inner.addWidget(self.question)
        inner.addWidget(self.countdown)
        inner.addWidget(self.stay_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()
        self._retranslate()

    def start(self) -> None:
        self._remaining = self._seconds
        self._retranslate()
        self._fit_to_parent()
        self.show()
        self.raise_()
        view_changed(self)  # a tap on its way to the form would now say "I am here"
        self._timer.start()

    def stay(self) -> None:
        if not self.isVisible():
            return
        self._timer.stop()
        self.hide()
        view_changed(self._host)  # the form's buttons are back under the finger
        self.stayed.emit()

    def cancel(self) -> None:
        """Hide without a verdict (the form was wiped for another reason)."""
        self._timer.stop()
        self.hide()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._timer.stop()
            self.hide()
            self.expired.emit()
            return
        # Only the number changes: the panel was fitted to the longest of its texts' lines when
        # it was shown (with a line to spare), and refitting it every second is needless work.
        self._set_countdown()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A tap anywhere counts as "I am here", not only on the button.
        self.stay()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._fit_to_parent()
        return False

    def _fit_to_parent(self) -> None:
        self.setGeometry(self._host.rect())
        # A panel as wide as its texts need, never wider than the screen; its height follows
        # from that width, so that no wrapped line is cut off.
        width = min(self.width() * 9 // 10, max(self.width() * 2 // 3, 900))
        self._panel.setFixedWidth(width)
        self.ensurePolished()  # the stylesheet's fonts, before measuring the texts
        layout = self._panel_layout
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        height = margins.top() + margins.bottom() + 2 * layout.spacing()
        height += self.question.heightForWidth(inner) + self.countdown.heightForWidth(inner)
        height += self.stay_button.sizeHint().height()
        # A line to spare: a label wraps some texts one line later than it measures them.
        height += self.countdown.fontMetrics().lineSpacing()
        self._panel.setFixedHeight(height)

    def _set_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Everything you typed will be cleared in %n seconds.", "", self._remaining)
        )

    def _retranslate(self) -> None:
        self.question.setText(self.tr("Are you still here?"))
        self._set_countdown()
        self.stay_button.setText(self.tr("I need more time"))
        if self.isVisible():
            self._fit_to_parent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

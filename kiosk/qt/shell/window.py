"""The kiosk window: one full screen, a stack of screens keyed by flow state, and overlays
(the notice banner, the demo badge and panel) on top of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.flow import State
from kiosk.core.logging_setup import set_screen

#: How long a notice ("could not read the card") stays up.
NOTICE_MS = 4000
#: Size of the window in --windowed mode (development on a desktop).
WINDOWED_SIZE = (1280, 960)


class KioskWindow(QWidget):
    """Fullscreen, frameless, on top; refuses to close unless the service screen allowed it."""

    demo_panel_toggled = Signal(bool)
    #: The window's new width and height: the theme derives its sizes from them.
    resized = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Loyalty kiosk")
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("screenStack")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The screen's size is the window's size: a screen that needs more room must wrap,
        # stack or scroll; it never makes the window outgrow the screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self._stack)
        self._layout = layout
        self._screens: dict[State, QWidget] = {}

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        # Non-blocking: taps go through to the screen underneath.
        self.notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.hide_notice)

        self.demo_bar: QFrame | None = None
        self.demo_button: QPushButton | None = None
        self.demo_panel: QWidget | None = None
        self.demo_note: QLabel | None = None
        self._close_allowed = False
        self._cursor_hidden = False

    # -- screens ----------------------------------------------------------------------------

    def add_screen(self, state: State, screen: QWidget) -> None:
        if state in self._screens:
            raise ValueError(f"a screen for {state} is already there")
        self._screens[state] = screen
        self._stack.addWidget(screen)

    def has_screen(self, state: State) -> bool:
        return state in self._screens

    def screen(self, state: State) -> QWidget:
        return self._screens[state]

    def screens(self) -> list[QWidget]:
        return list(self._screens.values())

    def show_screen(self, state: State) -> None:
        self._stack.setCurrentWidget(self._screens[state])
        set_screen(state.value)  # every log line names the screen the shopper sees

    def current_state(self) -> State | None:
        current = self._stack.currentWidget()
        for state, screen in self._screens.items():
            if screen is current:
                return state
        return None

    def current_screen(self) -> QWidget | None:
        state = self.current_state()
        return self._screens[state] if state is not None else None

    # -- notice -----------------------------------------------------------------------------

    def show_notice(self, text: str, duration_ms: int = NOTICE_MS) -> None:
        self.notice.setText(text)
        self.notice.adjustSize()
        self._place_overlays()
        self.notice.show()
        self.notice.raise_()
        self._notice_timer.start(duration_ms)

    def hide_notice(self) -> None:
        self._notice_timer.stop()
        self.notice.hide()
        self.notice.clear()

    # -- demo mode --------------------------------------------------------------------------

    def install_demo(self, panel: QWidget) -> None:
        """A DEMO strip across the top (its own row, so it never covers a screen) with the
        panel button, and the demo panel (hidden until opened)."""
        bar = QFrame(self)
        bar.setObjectName("demoBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(24, 4, 24, 4)
        bar_layout.setSpacing(16)
        badge = QLabel("DEMO", bar)
        badge.setObjectName("demoBadge")
        self.demo_note = QLabel(bar)
        self.demo_note.setObjectName("demoNote")
        button = QPushButton(bar)
        button.setObjectName("demoPanelButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCheckable(True)
        button.toggled.connect(self.set_demo_panel_open)
        bar_layout.addWidget(badge)
        bar_layout.addWidget(self.demo_note)
        bar_layout.addStretch(1)
        bar_layout.addWidget(button)
        self._layout.insertWidget(0, bar)
        panel.setParent(self)
        panel.setObjectName("demoPanel")
        panel.hide()
        panel.close_requested.connect(lambda: self.set_demo_panel_open(False))
        self.demo_bar, self.demo_button, self.demo_panel = bar, button, panel
        self._retranslate()
        bar.show()
        self._place_overlays()

    def set_demo_panel_open(self, open_: bool) -> None:
        if self.demo_panel is None or self.demo_button is None:
            return
        if self.demo_button.isChecked() != open_:
            self.demo_button.setChecked(open_)  # re-enters through toggled
            return
        self.demo_panel.setVisible(open_)
        if open_:
            self._place_overlays()
            self.demo_panel.raise_()
        self.demo_panel_toggled.emit(open_)

    # -- kiosk mode -------------------------------------------------------------------------

    def enter_kiosk_mode(self, *, fullscreen: bool, hide_cursor: bool) -> None:
        if fullscreen:
            self.setWindowFlags(
                Qt.WindowType.Window
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            # Without a window manager (cage-less X, xvfb-run) nobody places or sizes the
            # window for showFullScreen(): cover the screen ourselves.
            screen = QWidget.screen(self) or QApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(*WINDOWED_SIZE)
            self.show()
        if hide_cursor and not self._cursor_hidden:
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True

    def release_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    def allow_close(self) -> None:
        """Only the service screen's "leave kiosk mode" calls this."""
        self._close_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_allowed:
            event.accept()
        else:
            # Alt+F4, the window manager's close button, a stray close(): the kiosk stays.
            event.ignore()

    # -- layout of the overlays -------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(self.width(), self.height())
        self._place_overlays()

    def _place_overlays(self) -> None:
        width = self.width()
        if self.notice.text():
            notice_width = min(width - 96, 900)
            self.notice.setFixedWidth(notice_width)
            self.notice.adjustSize()
            self.notice.move((width - notice_width) // 2, 120)
        if self.demo_panel is not None:
            panel_width = min(600, width - 32)
            top = (self.demo_bar.height() if self.demo_bar is not None else 0) + 8
            self.demo_panel.setGeometry(
                width - panel_width - 16, top, panel_width, self.height() - top - 16
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.demo_button is not None and self.demo_note is not None:
            self.demo_button.setText(self.tr("Demo cards and SMS"))
            self.demo_note.setText(self.tr("Demo data, no network needed"))

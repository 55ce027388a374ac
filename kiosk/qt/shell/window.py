"""The kiosk window: one full screen, a stack of screens keyed by flow state, and overlays
(the notice banner, the demo badge and panel) on top of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.flow import State
from kiosk.core.runtime.logging_setup import set_screen
from kiosk.qt.shell.timers import TimerFactory, qt_timer

#: How long a notice ("could not read the card") stays up.
NOTICE_MS = 4000
#: Size of the window in --windowed mode (development on a desktop).
WINDOWED_SIZE = (1280, 960)

#: What the window holds: the composition root's screens (kiosk.qt.screens.base.Screen, which the
#: shell may not import). The window needs no more of them than widgets; its owner, the
#: controller, asks more of what it gets back.
ScreenT = TypeVar("ScreenT", bound=QWidget)


@runtime_checkable
class FollowsLargeText(Protocol):
    """A screen that arranges itself differently for large text (the wizards' frame)."""

    def set_large_text(self, on: bool) -> None: ...


def scroll_to_top(root: QWidget) -> None:
    """Every scroll area in ``root`` (``root`` too, if it is one) back at its top left."""
    areas = root.findChildren(QAbstractScrollArea)
    if isinstance(root, QAbstractScrollArea):
        areas.append(root)
    for area in areas:
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)


class ScreenFrame(QScrollArea):
    """Holds one screen: as wide and as tall as the window gives. With large text a screen may
    need more height than a small screen has: then (``allow_taller``) it gets the least height
    its layout can live with, and scrolls.

    Not ``widgetResizable``: that sizes the screen by its preferred height, which would make
    every screen with a long text scroll.
    """

    def __init__(self, screen: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_taller = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(screen)
        screen.installEventFilter(self)

    def fit(self) -> None:
        screen = self.widget()
        if screen is None:  # Qt allows an empty frame; the window never leaves one empty
            return
        room = self.viewport().size()
        layout = screen.layout()
        if layout is not None:
            least = layout.totalMinimumHeightForWidth(room.width())
        else:
            least = screen.minimumSizeHint().height()
        height = max(room.height(), least) if self.allow_taller else room.height()
        if screen.size().toTuple() != (room.width(), height):
            screen.resize(room.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False


class KioskWindow(QWidget, Generic[ScreenT]):
    """Fullscreen, frameless, on top; refuses to close unless the service screen allowed it.
    Holds screens of the type its owner gives (``KioskWindow[Screen]``) and hands them back as
    that."""

    demo_panel_toggled = Signal(bool)
    #: The window's new width and height: the theme derives its sizes from them.
    resized = Signal(int, int)
    #: Another screen is on display.
    screen_changed = Signal()

    def __init__(
        self,
        *,
        timers: TimerFactory = qt_timer,
        touch_scrolling: Callable[[QAbstractScrollArea], None] | None = None,
    ) -> None:
        """``timers`` makes the notice's timer; ``touch_scrolling`` makes a scroll area follow
        a finger (kiosk.qt.input.touch)."""
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
        self._screens: dict[State, ScreenT] = {}
        #: Each screen sits in a scroll area of its own: a screen that needs more height than
        #: the window has (large text on a small screen) scrolls instead of being cut off.
        self._frames: dict[State, ScreenFrame] = {}
        self._touch_scrolling = touch_scrolling
        self._screens_may_scroll = False

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        # Non-blocking: taps go through to the screen underneath.
        self.notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.notice.hide()
        self._notice_timer = timers("notice", self, interval_ms=NOTICE_MS, single_shot=True)
        self._notice_timer.timeout.connect(self.hide_notice)

        self.demo_bar: QFrame | None = None
        self.demo_button: QPushButton | None = None
        self.demo_panel: QWidget | None = None
        self.demo_note: QLabel | None = None
        self._close_allowed = False
        self._cursor_hidden = False
        #: The reading aids' look of the parts ('' : the application's), and the window's own
        #: background in it (see set_style_sheet).
        self._style_sheet = ""
        self._background: QColor | None = None

    # -- screens ----------------------------------------------------------------------------

    def add_screen(self, state: State, screen: ScreenT) -> None:
        if state in self._screens:
            raise ValueError(f"a screen for {state} is already there")
        self._screens[state] = screen
        frame = ScreenFrame(screen, self._stack)
        frame.setObjectName(f"{state.value}Frame")
        if self._touch_scrolling is not None:
            self._touch_scrolling(frame)
        frame.allow_taller = self._screens_may_scroll
        if isinstance(screen, FollowsLargeText):
            screen.set_large_text(self._screens_may_scroll)
        self._frames[state] = frame
        self._stack.addWidget(frame)

    def set_screens_may_scroll(self, on: bool) -> None:
        """Large text: a screen taller than the window scrolls rather than being squeezed
        (and a screen that arranges itself for large text is told)."""
        self._screens_may_scroll = on
        for screen in self._screens.values():
            if isinstance(screen, FollowsLargeText):
                screen.set_large_text(on)
        for frame in self._frames.values():
            frame.allow_taller = on
            frame.fit()

    def has_screen(self, state: State) -> bool:
        return state in self._screens

    def screen_for(self, state: State) -> ScreenT:
        return self._screens[state]

    def screens(self) -> list[ScreenT]:
        return list(self._screens.values())

    def show_screen(self, state: State) -> None:
        frame = self._frames[state]
        frame.verticalScrollBar().setValue(0)  # every screen starts at its top
        # Before it is shown: the screen measures itself on its Show (what fits), and its
        # first paint must be in the look of now.
        self._restyle(frame)
        self._stack.setCurrentWidget(frame)
        self.screen_changed.emit()
        set_screen(state.value)  # every log line names the screen the shopper sees

    def reset_view(self) -> None:
        """A session ended: every screen's frame at its top, no notice, the demo panel closed
        and scrolled back (the screens set themselves back: ``Screen.reset_view``)."""
        for frame in self._frames.values():
            scroll_to_top(frame)
        self.hide_notice()
        if self.demo_panel is not None:
            self.set_demo_panel_open(False)
            scroll_to_top(self.demo_panel)

    def current_state(self) -> State | None:
        current = self._stack.currentWidget()
        for state, frame in self._frames.items():
            if frame is current:
                return state
        return None

    def current_screen(self) -> ScreenT | None:
        state = self.current_state()
        return self._screens[state] if state is not None else None

    def input_layer(self) -> QWidget | None:
        """What the shopper works with now: the demo panel or the still-here prompt when one
        is open, else the screen on display."""
        if self.demo_panel is not None and self.demo_panel.isVisible():
            return self.demo_panel
        screen = self.current_screen()
        if screen is None:
            return None
        prompt = screen.findChild(QWidget, "stillHereOverlay")
        return prompt if prompt is not None and prompt.isVisible() else screen

    # -- notice -----------------------------------------------------------------------------

    def show_notice(self, text: str, duration_ms: int = NOTICE_MS) -> None:
        self.notice.setText(text)
        self._restyle(self.notice)  # before it is measured
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
        panel button, and the demo panel (hidden until opened: :meth:`set_demo_panel_open`,
        which the panel's own close button calls too, through its owner)."""
        bar = QFrame(self)
        bar.setObjectName("demoBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(24, 4, 24, 4)
        bar_layout.setSpacing(16)
        badge = QLabel("DEMO", bar)
        badge.setObjectName("demoBadge")
        self.demo_note = QLabel(bar)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        button = QPushButton(bar)
        button.setObjectName("demoPanelButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCheckable(True)
        button.toggled.connect(self.set_demo_panel_open)
        bar_layout.addWidget(badge)
        # The note takes the strip's free room: a wrapping label left to its own size hint
        # wraps into a narrow column beside a stretch.
        bar_layout.addWidget(self.demo_note, 1)
        bar_layout.addWidget(button)
        self._layout.insertWidget(0, bar)
        panel.setParent(self)
        panel.setObjectName("demoPanel")
        panel.hide()
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
        if open_:
            self._restyle(self.demo_panel)
        self.demo_panel.setVisible(open_)
        if open_:
            self._place_overlays()
            self.demo_panel.raise_()
        self.demo_panel_toggled.emit(open_)

    # -- look -------------------------------------------------------------------------------

    def set_style_sheet(self, sheet: str) -> None:
        """The look of the window's parts ('' : the application's stylesheet): each screen's
        frame, and the window's own overlays (the notice, the demo strip and panel, any other).
        The parts on display take it at once, each other just before it is shown
        (:meth:`show_screen`, :meth:`show_notice`, :meth:`set_demo_panel_open`) or first
        polished: setting a stylesheet re-polishes every widget under it, tens of
        milliseconds for the screen on display against seconds for every screen built."""
        if sheet == self._style_sheet:
            return
        self._style_sheet = sheet
        self._background = _background_in(sheet, self.objectName())
        current = self._stack.currentWidget()
        if current is not None:
            self._restyle(current)
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not self._stack and not child.isHidden():
                self._restyle(child)
        self.update()

    def _restyle(self, part: QWidget) -> None:
        if part.styleSheet() != self._style_sheet:
            part.setStyleSheet(self._style_sheet)

    def childEvent(self, event: QChildEvent) -> None:
        # An overlay of the window's own takes the look at its first polish, before it is
        # measured or shown (the screen stack is no part: it holds every screen). Only while
        # a look is set: in the application's own there is nothing to take, and the child is
        # not asked for (its first wrapping has PySide6 build the Python types of all the Qt
        # widget classes, some 40 ms that start-up would pay).
        if event.type() == QEvent.Type.ChildPolished and self._style_sheet:
            child = event.child()
            if isinstance(child, QWidget) and child is not self._stack:
                self._restyle(child)
        super().childEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The window's own background is no part: its stylesheet would re-polish every widget
        # in the window. Painted over the application stylesheet's instead.
        if self._background is not None:
            painter = QPainter(self)
            painter.fillRect(event.rect(), self._background)
            painter.end()

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
            screen = self.screen() or QApplication.primaryScreen()
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
            # Its height for that width (adjustSize would wrap the words at the width the
            # label would choose by itself, the first notice two lines instead of one).
            self.notice.resize(notice_width, self.notice.heightForWidth(notice_width))
            self.notice.move((width - notice_width) // 2, 120)
        if self.demo_panel is not None:
            # Wide enough for the demo cards' descriptions, never wider than the screen.
            panel_width = min(900, width - 32)
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


def _background_in(sheet: str, name: str) -> QColor | None:
    """The background the rule for object ``name`` gives in ``sheet``, if any."""
    rule = re.search(rf"#{name}\s*{{(?P<body>[^}}]*)}}", sheet)
    found = rule and re.search(r"background:\s*(?P<colour>[^;]+);", rule.group("body"))
    return QColor(found.group("colour").strip()) if found else None

"""'One moment, please': shown only when an answer takes longer than a blink."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.qt.forms.ui_loading import Ui_LoadingScreen
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import Screen
from kiosk.qt.shell.timers import TimerFactory, qt_timer


class LoadingScreen(Screen):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_LoadingScreen())
        self.ui.spinner.use_timers(timers)
        self.ui.cancelButton.clicked.connect(self.cancel_requested)

    def set_busy_visible(self, visible: bool) -> None:
        """The spinner and its text; hidden for the first moments, when an answer usually
        arrives before anybody would notice a wait."""
        self.ui.spinner.setVisible(visible)
        self.ui.messageLabel.setVisible(visible)
        self.ui.cancelButton.setVisible(visible)

    def is_busy_visible(self) -> bool:
        return not self.ui.spinner.isHidden()

    def view_needs(self) -> ViewNeeds:
        """Cancel always, the words saying what goes on on arrival; the spinner may go."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.cancelButton,), on_arrival=(ui.messageLabel,), may_go=(ui.spinner,)
        )

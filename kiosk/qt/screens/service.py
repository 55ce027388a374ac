"""The service screen: what this terminal is, and the only way out of kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.qt.forms.ui_service import Ui_ServiceScreen
from kiosk.qt.screens.base import Screen, plain


class ServiceScreen(Screen):
    leave_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServiceScreen()
        self.ui.setupUi(self)
        for label in (
            self.ui.versionValue,
            self.ui.terminalValue,
            self.ui.centralValue,
            self.ui.modeValue,
        ):
            plain(label)
        self.ui.leaveButton.clicked.connect(self.leave_requested)
        self.ui.backButton.clicked.connect(self.back_requested)
        self._demo = False

    def set_info(self, *, version: str, terminal_id: str, central_url: str, demo: bool) -> None:
        self.ui.versionValue.setText(version)
        self.ui.terminalValue.setText(terminal_id)
        self.ui.centralValue.setText(central_url)
        self._demo = demo
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.modeValue.setText(
            self.tr("Demo (embedded service, demo data)") if self._demo else self.tr("Production")
        )

"""The service PIN, asked before the service screen opens."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk.qt.forms.ui_service_pin import Ui_ServicePinScreen
from kiosk.qt.input.keypad import grow_in_portrait
from kiosk.qt.layout.keypad_page import fit_keypad_screen
from kiosk.qt.layout.needs import FieldNeed, ViewNeeds
from kiosk.qt.screens.base import Screen
from kiosk.qt.widgets.error_line import reserve_line


class ServicePinScreen(Screen):
    pin_entered = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_ServicePinScreen())
        edit = self.ui.pinEdit
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), edit))
        self.ui.keypad.set_masked(True)
        self.ui.keypad.attach(edit)
        grow_in_portrait(self.ui.keypad, self)
        fit_keypad_screen(self, self.ui, self.ui.cancelButton)
        self.ui.keypad.accepted.connect(self._submit)
        edit.returnPressed.connect(self._submit)
        edit.textChanged.connect(lambda _text: self.ui.errorLabel.clear())
        # "Wrong PIN" must not move the keypad under the next tap, nor lose its last words on
        # a narrow column or with large text.
        reserve_line(self.ui.errorLabel, exact=True, texts=lambda: [self._wrong_pin_text()])
        self.ui.cancelButton.clicked.connect(self.cancel_requested)
        self._wrong = False

    def show_wrong_pin(self) -> None:
        self._wrong = True
        self.ui.pinEdit.clear()
        self.retranslate()

    def clear(self) -> None:
        self._wrong = False
        self.ui.pinEdit.clear()
        self.ui.errorLabel.clear()

    def view_needs(self) -> ViewNeeds:
        """The PIN with what goes in it and its problem, the keypad and Cancel always."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.cancelButton,),
            keys=ui.keypad,
            field=FieldNeed(ui.pinEdit, caption=ui.hintLabel, problem=ui.errorLabel),
            on_arrival=(ui.titleLabel,),
        )

    def retranslate(self) -> None:
        self.ui.errorLabel.setText(self._wrong_pin_text() if self._wrong else "")

    def _wrong_pin_text(self) -> str:
        return self.tr("Wrong PIN. Try again.")

    def _submit(self) -> None:
        pin = self.ui.pinEdit.text()
        # The PIN leaves the field at once: it must not stay on screen or in memory longer.
        self.ui.pinEdit.clear()
        self._wrong = False
        self.pin_entered.emit(pin)

    def showEvent(self, event: QShowEvent) -> None:
        self.ui.pinEdit.setFocus()
        super().showEvent(event)

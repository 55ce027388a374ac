"""Typing the card number on the on-screen keypad."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk.qt.forms.ui_manual_entry import Ui_ManualEntryScreen
from kiosk.qt.input.keypad import grow_in_portrait
from kiosk.qt.layout.keypad_page import fit_keypad_screen
from kiosk.qt.layout.needs import FieldNeed, ViewNeeds
from kiosk.qt.screens.base import Screen

CARD_NUMBER_LENGTH = 13


class ManualEntryScreen(Screen):
    number_entered = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_ManualEntryScreen())
        edit = self.ui.numberEdit
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,13}"), edit))
        self.ui.keypad.attach(edit)
        grow_in_portrait(self.ui.keypad, self)
        fit_keypad_screen(self, self.ui, self.ui.backButton)
        self.ui.keypad.accepted.connect(self._submit)
        edit.returnPressed.connect(self._submit)
        edit.textChanged.connect(self._on_text_changed)
        self.ui.backButton.clicked.connect(self.back_requested)
        self._error_shown = False
        self.retranslate()

    def show_invalid(self) -> None:
        """The typed number is not a card number: say so; the digits stay for correcting."""
        self._error_shown = True
        self.retranslate()

    def clear(self) -> None:
        self.ui.numberEdit.clear()
        self._error_shown = False
        self.ui.errorLabel.clear()

    def view_needs(self) -> ViewNeeds:
        """The number with what goes in it and its problem, the keypad and Back always."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.backButton,),
            keys=ui.keypad,
            field=FieldNeed(ui.numberEdit, caption=ui.hintLabel, problem=ui.errorLabel),
            on_arrival=(ui.titleLabel,),
        )

    def retranslate(self) -> None:
        if not self._error_shown:
            self.ui.errorLabel.clear()
            return
        digits = len(self.ui.numberEdit.text())
        if digits != CARD_NUMBER_LENGTH:
            text = self.tr("A card number has 13 digits. Please check and complete it.")
        else:
            text = self.tr("This number does not look right. Please check the digits.")
        self.ui.errorLabel.setText(text)

    def _submit(self) -> None:
        self.number_entered.emit(self.ui.numberEdit.text())

    def _on_text_changed(self, _text: str) -> None:
        if self._error_shown:
            self._error_shown = False
            self.ui.errorLabel.clear()

    def showEvent(self, event: QShowEvent) -> None:
        self.ui.numberEdit.setFocus()
        super().showEvent(event)

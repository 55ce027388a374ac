"""The SMS code on the keypad: where it went, the code field, what is wrong with it, and
"send a new code"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.qt.widgets.error_line import reserve_line
from kiosk.qt.widgets.styled import set_style_role, wrapped_label
from kiosk.qt.widgets.text_field import text_field
from kiosk.qt.widgets.wrapping import wrapping_button

#: The SMS code page's buttons go beside the code field when the page is at least this many
#: times as wide as the field's least width (room for the two buttons, on two lines at most).
BESIDE_THE_CODE = 2.8
#: The code field's widest, alone on its row.
CODE_FIELD_WIDTH = 420


class CodeEntry(QWidget):
    """The SMS code: where it went, the code field, what is wrong, and a new code."""

    code_entered = Signal(str)
    resend_requested = Signal()
    change_phone_requested = Signal()

    def __init__(self, code_length: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code_length = code_length
        self.sent_to = wrapped_label(role="subtitle")
        self.sent_to.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = text_field(digits=True, max_length=code_length, sensitive=True)
        self.code.setObjectName("smsCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMaximumWidth(CODE_FIELD_WIDTH)
        set_style_role(self.code, "code")
        self.message = wrapped_label(role="error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        reserve_line(self.message)  # a wrong code moves no button
        # Their words wrap rather than widen the page ("Start again with a new code").
        self.resend = wrapping_button(role="secondary")
        self.resend.setObjectName("resendButton")
        self.change_phone = wrapping_button(role="secondary")
        self.change_phone.setObjectName("changePhoneButton")
        self.resend.clicked.connect(self.resend_requested)
        self.change_phone.clicked.connect(self.change_phone_requested)
        self.code.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.sent_to)
        self._code_row = QHBoxLayout()
        self._code_row.addStretch(1)
        self._code_row.addWidget(self.code)
        self._code_row.addStretch(1)
        layout.addLayout(self._code_row)
        layout.addWidget(self.message)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.addStretch(1)
        self._buttons_row.addWidget(self.resend)
        self._buttons_row.addWidget(self.change_phone)
        self._buttons_row.addStretch(1)
        layout.addLayout(self._buttons_row)
        layout.addStretch(1)
        self.buttons_beside = False
        self._retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On a wide page the buttons sit beside the code, which leaves a short screen
        # (1024×768) room for the page without scrolling. Decided by the width alone, never
        # by the words: the countdown changes them every second, and the buttons must not
        # jump between the rows under a finger.
        least = self.code.minimumSizeHint().width()  # the stylesheet's, scaled to the screen
        beside = least > 0 and self.width() >= least * BESIDE_THE_CODE
        if beside != self.buttons_beside:
            self.buttons_beside = beside
            # Beside the buttons the field is no wider than it must be.
            self.code.setMaximumWidth(least if beside else CODE_FIELD_WIDTH)
            row, other = (
                (self._code_row, self._buttons_row)
                if beside
                else (self._buttons_row, self._code_row)
            )
            for button in (self.resend, self.change_phone):
                other.removeWidget(button)
                row.insertWidget(row.count() - 1, button)
        super().resizeEvent(event)

    def set_code_length(self, length: int) -> None:
        self._code_length = length
        self.code.setMaxLength(length)

    def set_phone(self, phone_masked: str) -> None:
        self.sent_to.setText(self.tr("We sent a code to %1").replace("%1", phone_masked))

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def clear_code(self) -> None:
        self.code.setText("")

    def set_resend(self, text: str, enabled: bool) -> None:
        self.resend.setText(text)
        self.resend.setEnabled(enabled)

    def wipe(self) -> None:
        self.code.setText("")
        self.sent_to.setText("")
        self.message.setText("")

    def _on_text(self, text: str) -> None:
        if len(text) == self._code_length and text.isdigit():
            self.code_entered.emit(text)

    def _retranslate(self) -> None:
        self.change_phone.setText(self.tr("Change the number"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

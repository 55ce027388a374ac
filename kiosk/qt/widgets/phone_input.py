"""The phone field of the registration and add-a-card screens: +375 (Belarus, the default) or
+7 (Russia), and the national number typed on the keypad, grouped as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QWidget

from kiosk.core.wizards.registration.form import COUNTRY_CODES, PhoneRegion
from kiosk.qt.widgets.styled import touch_button
from kiosk.qt.widgets.text_field import text_field

#: How a national mobile number is grouped as it is typed: '29 765-43-21', '912 345-67-89'.
PHONE_GROUPS: dict[PhoneRegion, tuple[int, ...]] = {"BY": (2, 3, 2, 2), "RU": (3, 3, 2, 2)}
#: Most digits a phone field takes (with a trunk prefix: '8 029 ...').
PHONE_MAX_DIGITS = 12


def group_phone_digits(digits: str, region: PhoneRegion) -> str:
    """'297654321' -> '29 765-43-21' as far as typed ('2976' -> '29 76'). A number typed with
    the trunk prefix (8 ...) or longer than a mobile number stays as typed."""
    groups = PHONE_GROUPS[region]
    if digits.startswith("8") or len(digits) > sum(groups):
        return digits
    parts: list[str] = []
    rest = digits
    for size in groups:
        if not rest:
            break
        parts.append(rest[:size])
        rest = rest[size:]
    if len(parts) <= 2:
        return " ".join(parts)
    return f"{parts[0]} {parts[1]}-" + "-".join(parts[2:])


#: The widest number the field shows, grouped as typed ('29 765-43-21', '912 345-67-89').
PHONE_WIDTH_SAMPLE = "000 000-00-00"


class PhoneInput(QWidget):
    """Country (+375 Belarus by default, +7 Russia) and the number typed on the keypad, grouped
    as it is typed ('29 765-43-21'); :meth:`text` gives the digits alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.belarus = touch_button(COUNTRY_CODES["BY"], role="choice")
        self.russia = touch_button(COUNTRY_CODES["RU"], role="choice")
        self.belarus.setObjectName("phoneBelarus")
        self.russia.setObjectName("phoneRussia")
        self._group = QButtonGroup(self)
        for button in (self.belarus, self.russia):
            button.setCheckable(True)
            self._group.addButton(button)
        self.belarus.setChecked(True)
        self.number = text_field(
            digits=True, max_length=PHONE_MAX_DIGITS + 3, fits=PHONE_WIDTH_SAMPLE
        )
        self.number.setObjectName("phoneNumber")
        # Digits, and the spaces and hyphens the grouping puts between them.
        self.number.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 -]*"), self.number)
        )
        self.number.textChanged.connect(self._group_digits)
        self._group.buttonClicked.connect(self._country_tapped)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.belarus)
        layout.addWidget(self.russia)
        layout.addWidget(self.number, 1)
        self._retranslate()

    def region(self) -> PhoneRegion:
        return "RU" if self.russia.isChecked() else "BY"

    def text(self) -> str:
        """The digits typed, without the grouping."""
        return "".join(char for char in self.number.text() if char.isdigit())

    def clear(self) -> None:
        self.number.setText("")
        self.belarus.setChecked(True)
        self._retranslate()

    def _country_tapped(self, _button: QAbstractButton) -> None:
        self._retranslate()
        self._group_digits(self.number.text())
        self.number.setFocus()

    def _group_digits(self, shown: str) -> None:
        digits = "".join(char for char in shown if char.isdigit())[:PHONE_MAX_DIGITS]
        grouped = group_phone_digits(digits, self.region())
        if grouped == shown:
            return
        # The cursor stays after the same digit it was after.
        cursor = self.number.cursorPosition()
        digits_before = sum(1 for char in shown[:cursor] if char.isdigit())
        self.number.setText(grouped)  # re-enters with grouped == shown
        position, seen = 0, 0
        while position < len(grouped) and seen < digits_before:
            seen += grouped[position].isdigit()
            position += 1
        self.number.setCursorPosition(position)

    def _retranslate(self) -> None:
        self.belarus.setAccessibleName(self.tr("Belarus"))
        self.russia.setAccessibleName(self.tr("Russia"))
        self.number.setPlaceholderText(
            self.tr("912 345-67-89") if self.region() == "RU" else self.tr("29 123-45-67")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

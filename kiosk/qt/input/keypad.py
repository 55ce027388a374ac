"""On-screen numeric keypad for card numbers, SMS codes and PINs.

The keypad never takes focus, so the field it types into keeps its cursor. It can type
straight into an attached QLineEdit (``attach``) or just report keys through signals.
For codes and PINs ``set_masked(True)`` turns off the pressed-key highlight, so that
people standing behind the shopper cannot read the digits off the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget
from shiboken6 import isValid

from kiosk.qt.shell.theme import set_style_property

#: Smallest side of a key on the reference screen (kiosk.core.display.metrics.REFERENCE_SIZE): a
#: thumb. Keys get their size from the stylesheet, which scales it to the screen (never under 9 mm).
MIN_KEY_SIZE = 72

#: The dynamic property the stylesheet uses to drop the pressed highlight.
QUIET_PROPERTY = "quiet"

#: On a portrait screen a keypad page's keypad takes at least these shares of the screen's
#: width and height (grow_in_portrait): bigger keys where the landscape sizes would leave the
#: lower half of a tall screen empty.
PORTRAIT_KEYPAD_SHARE = (0.6, 0.36)


class _PortraitGrowth(QObject):
    def __init__(self, keypad: QWidget, screen: QWidget) -> None:
        super().__init__(keypad)
        self._keypad = keypad
        self._screen = screen
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() == QEvent.Type.Resize:
            width, height = self._screen.width(), self._screen.height()
            if height > width:
                share_w, share_h = PORTRAIT_KEYPAD_SHARE
                self._keypad.setMinimumSize(round(width * share_w), round(height * share_h))
            else:
                self._keypad.setMinimumSize(0, 0)
        return False


def grow_in_portrait(keypad: QWidget, screen: QWidget) -> None:
    """Let ``keypad`` take its share of ``screen`` whenever the screen is portrait."""
    _PortraitGrowth(keypad, screen)


def key_button(text: str, name: str, kind: str, parent: QWidget | None = None) -> QPushButton:
    """A key of the keypad or the keyboard: thumb-sized (the stylesheet says how big), growing
    with the room it gets, never taking focus from the field it types into. ``kind`` is the
    stylesheet's marker property."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setProperty(kind, True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return button


class NumericKeypad(QWidget):
    """Digits 0-9, backspace, OK and an optional clear key.

    Signals: ``digit(str)`` for every digit key, ``backspace()``, ``cleared()`` and
    ``accepted()`` (the OK key). When a line edit is attached, keys also edit it directly
    (``insert``/``backspace``/``clear``), which honours its validator and max length.
    """

    digit = Signal(str)
    backspace = Signal()
    cleared = Signal()
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None, *, show_clear: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("numericKeypad")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QLineEdit | None = None
        self._masked = False
        self._digit_buttons: dict[str, QPushButton] = {}

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, text in enumerate("123456789"):
            button = self._make_button(text, f"keypadDigit{text}")
            button.clicked.connect(lambda _=False, d=text: self._on_digit(d))
            self._digit_buttons[text] = button
            grid.addWidget(button, index // 3, index % 3)
        zero = self._make_button("0", "keypadDigit0")
        zero.clicked.connect(lambda _=False: self._on_digit("0"))
        self._digit_buttons["0"] = zero
        grid.addWidget(zero, 3, 0, 1, 3)

        self.backspace_button = self._make_button("⌫", "keypadBackspace")
        self.backspace_button.setAutoRepeat(True)
        self.backspace_button.clicked.connect(self._on_backspace)
        self.clear_button = self._make_button("", "keypadClear")
        self.clear_button.clicked.connect(self._on_clear)
        self.ok_button = self._make_button("", "keypadOk")
        self.ok_button.clicked.connect(self._on_accept)
        if show_clear:
            grid.addWidget(self.backspace_button, 0, 3)
            grid.addWidget(self.clear_button, 1, 3)
        else:
            grid.addWidget(self.backspace_button, 0, 3, 2, 1)
            self.clear_button.hide()
        grid.addWidget(self.ok_button, 2, 3, 2, 1)
        self._retranslate()

    # -- public API -----------------------------------------------------------------------

    def attach(self, line_edit: QLineEdit | None) -> None:
        """Type into ``line_edit`` directly from now on (``None`` detaches)."""
        self._target = line_edit

    def set_masked(self, masked: bool) -> None:
        """Masked keypads show no pressed-key highlight (codes, PINs)."""
        self._masked = masked
        for button in self.buttons():
            set_style_property(button, QUIET_PROPERTY, masked)
        set_style_property(self, QUIET_PROPERTY, masked)

    def is_masked(self) -> bool:
        return self._masked

    def digit_button(self, digit: str) -> QPushButton:
        return self._digit_buttons[digit]

    def buttons(self) -> list[QPushButton]:
        return [
            *self._digit_buttons.values(),
            self.backspace_button,
            self.clear_button,
            self.ok_button,
        ]

    # -- internals ------------------------------------------------------------------------

    def _make_button(self, text: str, name: str) -> QPushButton:
        return key_button(text, name, "keypadKey", self)

    def _on_digit(self, text: str) -> None:
        target = self._live_target()
        if target is not None:
            target.insert(text)
        self.digit.emit(text)

    def _on_backspace(self) -> None:
        target = self._live_target()
        if target is not None:
            target.backspace()
        self.backspace.emit()

    def _on_clear(self) -> None:
        target = self._live_target()
        if target is not None:
            target.clear()
        self.cleared.emit()

    def _on_accept(self) -> None:
        self.accepted.emit()

    def _live_target(self) -> QLineEdit | None:
        target = self._target
        if target is None or not isValid(target):
            return None
        if target.isReadOnly() or not target.isEnabled():
            return None
        return target

    def _retranslate(self) -> None:
        self.backspace_button.setAccessibleName(self.tr("Backspace"))
        self.clear_button.setText(self.tr("Clear"))
        self.ok_button.setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

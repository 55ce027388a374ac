"""The on-screen keyboard or the numeric keypad docked under a form, whichever the focused
field asks for (``inputKind="digits"`` on a field means the keypad; the field properties are
:mod:`kiosk.qt.widgets.text_field`'s)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedLayout,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from kiosk.qt.input.keyboard import OnScreenKeyboard, Shift, is_secret_field
from kiosk.qt.input.keypad import NumericKeypad
from kiosk.qt.shell.tap_guard import view_changed
from kiosk.qt.widgets.text_field import CAPITALIZE, DIGITS, INPUT_KIND, KEYBOARD_LANGUAGE

#: The keypad's widest on a short dock; a taller dock (portrait) widens it to keep its keys
#: about square (KEYPAD_ASPECT: width over height).
KEYPAD_WIDTH = 560
KEYPAD_ASPECT = 1.2


class InputDock(QWidget):
    """The keyboard or the keypad, following the focused field inside ``scope``."""

    accepted = Signal()

    def __init__(self, scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputDock")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scope = scope
        self.keyboard = OnScreenKeyboard(self)
        self.keypad = NumericKeypad(self)
        self.keypad.setMaximumWidth(KEYPAD_WIDTH)
        keypad_holder = QWidget(self)
        holder_layout = QHBoxLayout(keypad_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addStretch(1)
        holder_layout.addWidget(self.keypad, 3)
        holder_layout.addStretch(1)
        self._blank = QWidget(self)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.keyboard)
        self._stack.addWidget(keypad_holder)
        self._stack.addWidget(self._blank)
        self._keypad_holder = keypad_holder
        self._forced_language = False
        self._preferred_height = 0
        self.keyboard.accepted.connect(self.accepted)
        self.keypad.accepted.connect(self.accepted)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._show_part(self._blank)

    def sizeHint(self) -> QSize:
        # Keys as tall as the stylesheet says (never under 9 mm), or the height the frame
        # offers on a portrait screen (set_preferred_height), whichever is more: every other
        # pixel goes to the form.
        least = self.minimumSizeHint()
        return QSize(least.width(), max(least.height(), self._preferred_height))

    def set_preferred_height(self, height: int) -> None:
        """The height the keys may take when the form leaves room (0: only their least)."""
        if height != self._preferred_height:
            self._preferred_height = height
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # The part on show only: a stacked layout asks all of its parts, and a hidden part
        # keeps the key sizes of the screen it was last laid out for.
        part = self._stack.currentWidget()
        return part.minimumSizeHint() if part is not None else QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.keypad.setMaximumWidth(max(KEYPAD_WIDTH, round(self.height() * KEYPAD_ASPECT)))
        super().resizeEvent(event)

    def set_default_language(self, language: str) -> None:
        self.keyboard.set_default_language(language)

    def reset(self) -> None:
        self.keypad.attach(None)
        self.keyboard.reset()
        self._forced_language = False
        self._show_part(self._blank)

    def _show_part(self, part: QWidget) -> None:
        changed = part is not self._stack.currentWidget()
        # With nothing to type into, the dock gives its height back to the form.
        self._stack.setCurrentWidget(part)
        self.setVisible(part is not self._blank)
        parent = self.parentWidget()
        if changed and parent is not None:
            # Keys of another kind (or the form) where the finger was: OK on the keypad moves
            # to the next field, which may take the keyboard.
            view_changed(parent)

    def showing_keypad(self) -> bool:
        return self._stack.currentWidget() is self._keypad_holder

    def showing_keyboard(self) -> bool:
        return self._stack.currentWidget() is self.keyboard

    def follow(self, widget: QWidget | None) -> None:
        """Show what ``widget`` needs (called on focus changes, and when a step is shown)."""
        if not isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            self.keypad.attach(None)
            self._show_part(self._blank)
            return
        if widget.property(INPUT_KIND) == DIGITS and isinstance(widget, QLineEdit):
            self.keypad.attach(widget)
            self.keypad.set_masked(is_secret_field(widget))
            self._show_part(self._keypad_holder)
            return
        self.keypad.attach(None)
        language = widget.property(KEYBOARD_LANGUAGE)
        if isinstance(language, str) and language:
            self.keyboard.set_language(language)
            self._forced_language = True
        elif self._forced_language:
            self.keyboard.reset()
            self._forced_language = False
        if widget.property(CAPITALIZE) is True and isinstance(widget, QLineEdit):
            self.keyboard.set_shift(Shift.ONCE if not widget.text() else Shift.OFF)
        elif self.keyboard.shift() is Shift.ONCE:
            # A capital offered for a name must not carry over into an email or a password.
            self.keyboard.set_shift(Shift.OFF)
        self._show_part(self.keyboard)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or new is None or not isValid(self._scope):
            return
        if self._scope.isAncestorOf(new):
            self.follow(new)

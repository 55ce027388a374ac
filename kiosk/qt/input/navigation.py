"""Driving the kiosk from a keyboard or a tactile keypad, without touching the screen.

The kiosk's buttons never take keyboard focus (a tap on a key of the on-screen keyboard must
leave the cursor in its field), so keyboard navigation is a layer of its own: an
application-wide filter that keeps one *highlighted* button and draws it with the stylesheet's
``keyFocus`` property.

- Tab / Down / Right move the highlight to the next button in reading order (top to bottom,
  left to right), Shift+Tab / Up / Left to the previous one. While a text field has focus, Left
  and Right stay with the field's cursor.
- Enter or Space taps the highlighted button; with nothing highlighted, Enter goes on to the
  field (e.g. "find" on the card number screen).
- Escape taps the screen's way back (Back, Cancel, Done), or the still-here prompt's button.

A key is acted on where it reaches a widget, never where the window (``QWindow``) gets it first.
The keyboard-wedge filter (:mod:`kiosk.qt.input.wedge`) swallows a scanner's keys at that first,
window delivery, so they never reach a widget: the Enter that ends a scan never taps a button,
whichever of the two filters was installed first. A tap on the screen or a new screen drops the
highlight.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QTextEdit, QWidget

from kiosk.qt.shell.theme import set_style_property

#: The dynamic property the stylesheet draws the highlighted button by.
KEY_FOCUS_PROPERTY = "keyFocus"
#: Buttons Escape taps, in order of preference: the ways back out of a screen.
BACK_BUTTON_NAMES = ("stillHereButton", "backButton", "cancelButton", "doneButton")

_FORWARD = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Right})
_BACKWARD = frozenset({Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Left})
_ACTIVATE = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})


class KeyNavigator(QObject):
    """``layer`` gives the widget whose buttons are reachable now: the screen on display, or
    an overlay over it (the still-here prompt, the demo panel)."""

    def __init__(self, layer: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layer = layer
        self._current: QAbstractButton | None = None

    def highlighted(self) -> QAbstractButton | None:
        if self._current is not None and not shiboken6.isValid(self._current):
            self._current = None
        return self._current

    def clear(self) -> None:
        current = self.highlighted()
        if current is not None:
            set_style_property(current, KEY_FOCUS_PROPERTY, False)
        self._current = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clear()  # a tap: the person uses the touch screen now
            return False
        # A key event is seen first at the QWindow, then at the widget it goes to: act there.
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        return self._on_key(event)

    def _on_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        typing = isinstance(QApplication.focusWidget(), QLineEdit | QTextEdit)
        if key in _ACTIVATE:
            current = self.highlighted()
            if current is None or not current.isVisible() or not current.isEnabled():
                return False
            current.click()
            return True
        if key == Qt.Key.Key_Escape:
            back = self._back_button()
            if back is None:
                return False
            self.clear()
            back.click()
            return True
        if typing and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return False
        if key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            key = Qt.Key.Key_Backtab
        if key in _FORWARD or key in _BACKWARD:
            self._move(1 if key in _FORWARD else -1)
            return True
        return False

    def _buttons(self) -> list[QAbstractButton]:
        layer = self._layer()
        if layer is None:
            return []
        window = layer.window()
        found = [
            button
            for button in layer.findChildren(QAbstractButton)
            if button.isVisible() and button.isEnabled() and button.visibleRegion().rectCount()
        ]

        def reading_order(button: QAbstractButton) -> tuple[int, int]:
            # By centres, in bands: the highlight's thicker border must not reorder a row.
            centre = button.mapTo(window, button.rect().center())
            return centre.y() // 24, centre.x()

        return sorted(found, key=reading_order)

    def _move(self, step: int) -> None:
        buttons = self._buttons()
        if not buttons:
            return
        current = self.highlighted()
        if current in buttons:
            index = (buttons.index(current) + step) % len(buttons)
        else:
            index = 0 if step > 0 else len(buttons) - 1
        self.clear()
        self._current = buttons[index]
        set_style_property(self._current, KEY_FOCUS_PROPERTY, True)

    def _back_button(self) -> QAbstractButton | None:
        by_name = {button.objectName(): button for button in self._buttons()}
        for name in BACK_BUTTON_NAMES:
            if name in by_name:
                return by_name[name]
        return None

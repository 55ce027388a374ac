"""The numeric keypad: digits into an attached field, signals, no focus, masked mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.display.metrics import ScreenMetrics
from kiosk.qt.input.keypad import MIN_KEY_SIZE, QUIET_PROPERTY, NumericKeypad
from kiosk.qt.resources import resource_path

# The offscreen platform warns about a window-manager hint it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _tap(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _form(qtbot: QtBot, *, show_clear: bool = False) -> tuple[QWidget, QLineEdit, NumericKeypad]:
    host = QWidget()
    layout = QVBoxLayout(host)
    field = QLineEdit()
    keypad = NumericKeypad(show_clear=show_clear)
    layout.addWidget(field)
    layout.addWidget(keypad)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    field.setFocus()
    return host, field, keypad


def test_digits_typed_into_the_attached_field_and_signalled(qtbot: QtBot) -> None:
    _host, field, keypad = _form(qtbot)
    keypad.attach(field)
    digits: list[str] = []
    keypad.digit.connect(digits.append)
    for d in "2990000000088":
        _tap(qtbot, keypad.digit_button(d))
    assert field.text() == "2990000000088"
    assert digits == list("2990000000088")
    assert field.hasFocus(), "the field must keep focus while keys are tapped"


def test_backspace_clear_and_ok(qtbot: QtBot) -> None:
    _host, field, keypad = _form(qtbot, show_clear=True)
    keypad.attach(field)
    for d in "123":
        _tap(qtbot, keypad.digit_button(d))
    with qtbot.waitSignal(keypad.backspace):
        _tap(qtbot, keypad.backspace_button)
    assert field.text() == "12"
    with qtbot.waitSignal(keypad.cleared):
        _tap(qtbot, keypad.clear_button)
    assert field.text() == ""
    with qtbot.waitSignal(keypad.accepted):
        _tap(qtbot, keypad.ok_button)


def test_clear_key_hidden_unless_asked(qtbot: QtBot) -> None:
    _host, _field, keypad = _form(qtbot)
    assert not keypad.clear_button.isVisible()
    assert keypad.backspace_button.isVisible() and keypad.ok_button.isVisible()


def test_field_limits_are_respected(qtbot: QtBot) -> None:
    _host, field, keypad = _form(qtbot)
    field.setMaxLength(6)
    field.setValidator(QIntValidator(0, 999999))
    keypad.attach(field)
    for d in "12345678":
        _tap(qtbot, keypad.digit_button(d))
    assert field.text() == "123456"


def test_detached_keypad_only_signals(qtbot: QtBot) -> None:
    _host, field, keypad = _form(qtbot)
    keypad.attach(field)
    keypad.attach(None)
    with qtbot.waitSignal(keypad.digit) as blocker:
        _tap(qtbot, keypad.digit_button("7"))
    assert blocker.args == ["7"]
    assert field.text() == ""


def test_read_only_or_deleted_field_is_left_alone(qtbot: QtBot) -> None:
    _host, field, keypad = _form(qtbot)
    keypad.attach(field)
    field.setReadOnly(True)
    _tap(qtbot, keypad.digit_button("5"))
    assert field.text() == ""
    other = QLineEdit()
    keypad.attach(other)
    other.deleteLater()
    qtbot.wait(1)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _tap(qtbot, keypad.digit_button("5"))  # must not raise on the deleted field


def test_keys_are_thumb_sized_and_never_take_focus(qtbot: QtBot, qapp: QApplication) -> None:
    # The stylesheet sizes the keys: as rendered for the smallest screen, 1024x768 at 96 dpi.
    metrics = ScreenMetrics(1024, 768, dpi=96)
    template = resource_path("styles", "kiosk.qss").read_text(encoding="utf-8")
    qapp.setStyleSheet(metrics.render_stylesheet(template))
    try:
        _host, _field, keypad = _form(qtbot, show_clear=True)
        smallest = metrics.min_target_px  # 9 mm
        assert smallest == 35
        for button in keypad.buttons():
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
            assert min(button.width(), button.height()) >= max(smallest, MIN_KEY_SIZE * 0.8)
        assert keypad.focusPolicy() == Qt.FocusPolicy.NoFocus
    finally:
        qapp.setStyleSheet("")


def test_masked_keypad_marks_every_key_quiet(qtbot: QtBot) -> None:
    _host, _field, keypad = _form(qtbot)
    keypad.set_masked(True)
    assert keypad.is_masked()
    assert all(b.property(QUIET_PROPERTY) is True for b in keypad.buttons())
    keypad.set_masked(False)
    assert all(b.property(QUIET_PROPERTY) is False for b in keypad.buttons())

"""The on-screen keyboard: layouts, shift, symbols, backspace, quiet keys for passwords."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.core.runtime.languages import LANGUAGES
from kiosk.qt.input.keyboard import SENSITIVE_PROPERTY, OnScreenKeyboard, Shift
from kiosk.qt.input.keypad import MIN_KEY_SIZE, QUIET_PROPERTY

# The offscreen platform warns about a window-manager hint it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Form:
    def __init__(self, qtbot: QtBot, language: str = "ru") -> None:
        self.qtbot = qtbot
        self.host = QWidget()
        layout = QVBoxLayout(self.host)
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QTextEdit()
        self.keyboard = OnScreenKeyboard(language=language)
        for widget in (self.name, self.password, self.note, self.keyboard):
            layout.addWidget(widget)
        qtbot.addWidget(self.host)
        self.host.show()
        self.host.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.host)
        self.focus(self.name)

    def focus(self, widget: QWidget) -> None:
        widget.setFocus()
        self.qtbot.waitUntil(widget.hasFocus)

    def tap(self, *key_ids: str) -> None:
        for key_id in key_ids:
            self.qtbot.mouseClick(self.keyboard.key(key_id), Qt.MouseButton.LeftButton)

    def type(self, text: str) -> None:
        self.tap(*self.keyboard.keys_for_text(text))


def test_belarusian_name_typed_key_by_key(qtbot: QtBot) -> None:
    form = Form(qtbot, language="be")
    form.tap("shift", "і", "в", "а", "н", "space", "shift", "ў", "л", "а", "д", "з", "ь")
    assert form.name.text() == "Іван Ўладзь"
    assert form.name.hasFocus()


def test_belarusian_layout_has_i_short_u_and_apostrophe_instead_of_russian_letters(
    qtbot: QtBot,
) -> None:
    form = Form(qtbot, language="be")
    for key_id in ("і", "ў", "'"):
        assert form.keyboard.key(key_id).isVisible()
    for russian_only in ("и", "щ", "ъ"):
        with pytest.raises(KeyError):
            form.keyboard.key(russian_only)
    form.type("Вераб'ёў")
    assert form.name.text() == "Вераб'ёў"


def test_russian_double_barrelled_surname(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.type("Римский-Корсаков Пётр")
    assert form.name.text() == "Римский-Корсаков Пётр"


def test_shift_once_then_caps_then_off(qtbot: QtBot) -> None:
    form = Form(qtbot, language="en")
    form.tap("shift")
    assert form.keyboard.shift() is Shift.ONCE
    assert form.keyboard.key("a").text() == "A"
    form.tap("a", "b")
    assert form.name.text() == "Ab"
    assert form.keyboard.key("a").text() == "a"
    form.tap("shift", "shift")
    assert form.keyboard.shift() is Shift.CAPS
    form.tap("c", "d")
    form.tap("shift")
    form.tap("e")
    assert form.name.text() == "AbCDe"
    assert form.keyboard.key("shift").property("shiftState") == "off"


def test_email_through_the_symbols_page(qtbot: QtBot) -> None:
    form = Form(qtbot, language="en")
    form.tap("a", "n", "n", "a", ".", "k", "symbols")
    assert form.keyboard.showing_symbols()
    form.tap("_", "9", "9", "+", "symbols")
    assert not form.keyboard.showing_symbols()
    form.tap("p", "@", "m", "a", "i", "l", ".", "b", "y")
    assert form.name.text() == "anna.k_99+p@mail.by"


def test_password_with_digits_and_symbols(qtbot: QtBot) -> None:
    form = Form(qtbot, language="en")
    form.focus(form.password)
    form.type("Secret#2024!&")
    assert form.password.text() == "Secret#2024!&"
    assert form.keyboard.key("&").text() == "&&", "shown as '&', not taken for a mnemonic"


def test_backspace_deletes_before_the_cursor(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.type("Анна")
    form.tap("backspace")
    assert form.name.text() == "Анн"
    form.name.setCursorPosition(1)
    form.tap("backspace")
    assert form.name.text() == "нн"


def test_types_into_a_text_edit(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.focus(form.note)
    form.type("ул. Ленина, 5")
    form.tap("backspace")
    assert form.note.toPlainText() == "ул. Ленина, "


def test_language_key_cycles_ru_be_en_and_reset_returns_to_default(qtbot: QtBot) -> None:
    form = Form(qtbot, language="be")
    seen = [form.keyboard.language()]
    for _ in LANGUAGES:
        form.tap("language")
        seen.append(form.keyboard.language())
    assert seen == ["be", "en", "ru", "be"]
    form.tap("language", "shift", "symbols")
    form.keyboard.reset()
    assert form.keyboard.language() == "be"
    assert form.keyboard.shift() is Shift.OFF
    assert not form.keyboard.showing_symbols()
    form.keyboard.set_default_language("en")
    assert form.keyboard.language() == "en"
    assert form.keyboard.key("q").isVisible()


def test_password_field_keys_are_quiet_and_others_are_not(qtbot: QtBot) -> None:
    form = Form(qtbot)
    assert form.keyboard.key("а").property(QUIET_PROPERTY) is False
    form.focus(form.password)
    assert form.keyboard.is_quiet()
    for key_id in ("а", "space", "backspace", "shift", "language"):
        assert form.keyboard.key(key_id).property(QUIET_PROPERTY) is True
    form.tap("symbols")
    assert form.keyboard.key("1").property(QUIET_PROPERTY) is True
    form.focus(form.name)
    assert not form.keyboard.is_quiet()
    assert form.keyboard.key("1").property(QUIET_PROPERTY) is False


def test_a_focus_change_restyles_only_the_keys_in_view(qtbot: QtBot) -> None:
    # Each restyled key is re-polished: a focus change must not restyle all four pages of every
    # keyboard of the kiosk, only the page a person sees; the others catch up when shown.
    form = Form(qtbot)
    hidden = form.keyboard._pages["en"].keys["q"]
    shown_before = hidden.property(QUIET_PROPERTY)
    form.focus(form.password)
    assert form.keyboard.key("а").property(QUIET_PROPERTY) is True
    assert hidden.property(QUIET_PROPERTY) == shown_before
    form.keyboard.set_language("en")
    assert form.keyboard.key("q").property(QUIET_PROPERTY) is True


def test_field_marked_sensitive_gets_quiet_keys(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.note.setProperty(SENSITIVE_PROPERTY, True)
    form.focus(form.note)
    assert form.keyboard.key("а").property(QUIET_PROPERTY) is True


def test_keys_are_thumb_sized_and_never_take_focus(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.host.resize(1280, 800)
    qtbot.waitUntil(lambda: form.host.width() == 1280)
    for page in (*LANGUAGES, "symbols"):
        if page == "symbols":
            form.tap("symbols")
        else:
            form.keyboard.set_language(page)
        form.tap("space")
        visible = [b for b in form.keyboard.findChildren(QPushButton) if b.isVisible()]
        assert len(visible) >= 30
        for button in visible:
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
            assert button.height() >= MIN_KEY_SIZE
            assert button.width() >= MIN_KEY_SIZE
    assert form.name.hasFocus()


def test_nothing_typed_without_a_focused_field(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.name.clearFocus()
    qtbot.waitUntil(lambda: not form.name.hasFocus())
    form.tap("а", "space", "backspace")
    assert form.name.text() == ""


def test_read_only_field_is_not_typed_into(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.name.setReadOnly(True)
    form.tap("а")
    assert form.name.text() == ""


def test_enter_key_signals_accepted(qtbot: QtBot) -> None:
    form = Form(qtbot)
    with qtbot.waitSignal(form.keyboard.accepted):
        form.tap("enter")


def test_field_limits_apply(qtbot: QtBot) -> None:
    form = Form(qtbot)
    form.name.setMaxLength(3)
    form.type("Анна")
    assert form.name.text() == "Анн"


def test_a_character_no_layout_has_is_refused(qtbot: QtBot) -> None:
    form = Form(qtbot)
    with pytest.raises(ValueError):
        form.keyboard.keys_for_text("€")


def test_unknown_layout_is_refused(qtbot: QtBot) -> None:
    form = Form(qtbot)
    with pytest.raises(ValueError):
        form.keyboard.set_language("de")

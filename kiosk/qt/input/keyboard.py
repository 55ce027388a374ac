"""On-screen keyboard: Russian, Belarusian and English letters, digits and symbols.

A widget of our own (Qt Virtual Keyboard is GPLv3 and QML). It types into whichever text
field has focus (``QApplication.focusWidget()``); its keys never take focus themselves.
Text goes into the field through the field's own editing API (``QLineEdit.insert`` and
friends) rather than through synthetic key events, so the application-wide scanner
filter never sees on-screen typing and cannot mistake it for a scanner burst, and the
field's validator and max length apply exactly as for typed text.

While a password (or any field marked ``sensitive``) has focus, every key carries the
dynamic property ``quiet=true`` so the stylesheet draws no pressed highlight: people
standing behind the shopper should not be able to read the password off the keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.core.runtime.languages import LANGUAGES
from kiosk.qt.input.keypad import QUIET_PROPERTY, key_button
from kiosk.qt.shell.theme import set_style_property

#: Letter rows per layout. Belarusian: і for и, ў for щ, the apostrophe for ъ.
LETTER_ROWS: dict[str, tuple[str, str, str]] = {
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"),
    "be": ("йцукенгшўзх'", "фывапролджэ", "ячсмітьбюё"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
}
#: Digits and what emails and passwords need.
SYMBOL_ROWS: tuple[str, str, str] = ("1234567890", "@._-+!#$%&", "*/=?()':;,")
#: Keys on the bottom row of every letter page, between the language key and space.
BOTTOM_LETTER_KEYS = "-"
#: Keys on the bottom row of every letter page, after space (an email needs them often).
BOTTOM_TAIL_KEYS = ".@"

SYMBOLS_PAGE = "symbols"

#: What the symbols page's letters key says: the letters it returns to.
LETTERS_KEY_LABELS = {"ru": "АБВ", "be": "АБВ", "en": "ABC"}

#: Dynamic property a field can carry to be treated like a password (e.g. an SMS code).
SENSITIVE_PROPERTY = "sensitive"

TextField = QLineEdit | QTextEdit | QPlainTextEdit


class Shift(Enum):
    OFF = "off"
    ONCE = "once"  # the next letter is upper case, then back to OFF
    CAPS = "caps"  # every letter upper case until shift is tapped again


@dataclass
class _Page:
    widget: QWidget
    keys: dict[str, QPushButton] = field(default_factory=dict)
    #: The quiet state its keys were last styled with (None: not yet).
    quiet: bool | None = None


class OnScreenKeyboard(QWidget):
    """Touch keyboard that types into the focused text field.

    Key ids for ``key()``: every character key by its lower-case character, and
    ``shift``, ``backspace``, ``space``, ``language``, ``symbols`` (toggles the digits and
    symbols page), ``enter``. ``accepted`` is emitted by the enter key.
    """

    accepted = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str = "ru") -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._default_language = _checked_language(language)
        self._language = self._default_language
        self._shift = Shift.OFF
        self._symbols = False
        self._quiet = False

        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._pages: dict[str, _Page] = {}
        for name in LANGUAGES:
            self._pages[name] = self._build_page(LETTER_ROWS[name], letters=True)
        self._pages[SYMBOLS_PAGE] = self._build_page(SYMBOL_ROWS, letters=False)
        for page in self._pages.values():
            self._stack.addWidget(page.widget)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._retranslate()
        self._show_current_page()

    # -- public API -----------------------------------------------------------------------

    def language(self) -> str:
        """The current letter layout: ``ru``, ``be`` or ``en``."""
        return self._language

    def set_language(self, language: str) -> None:
        """Show the letter layout of ``language`` (leaves the symbols page)."""
        self._language = _checked_language(language)
        self._symbols = False
        self._show_current_page()

    def set_default_language(self, language: str) -> None:
        """The layout that follows the kiosk language; also switches to it now."""
        self._default_language = _checked_language(language)
        self.set_language(self._default_language)

    def reset(self) -> None:
        """Back to the default layout, letters page, shift off."""
        self._shift = Shift.OFF
        self.set_language(self._default_language)

    def shift(self) -> Shift:
        return self._shift

    def set_shift(self, shift: Shift) -> None:
        """E.g. ``Shift.ONCE`` when a name field gets focus, to capitalise its first letter."""
        self._shift = shift
        self._refresh_labels()

    def showing_symbols(self) -> bool:
        return self._symbols

    def is_quiet(self) -> bool:
        return self._quiet

    def key(self, key_id: str) -> QPushButton:
        """The button for ``key_id`` on the page shown now (KeyError if it has none)."""
        return self._current_page().keys[key_id]

    def keys_for_text(self, text: str) -> list[str]:
        """The key ids to tap, from the current state, to type ``text``.

        Switches pages and layouts with the same keys a person would use. Raises ValueError
        for a character no layout has.
        """
        taps: list[str] = []
        language, symbols, shift = self._language, self._symbols, self._shift
        for char in text:
            if char == " ":
                taps.append("space")
                continue
            lower = char.lower()
            wants_upper = char != lower
            page = self._page_having(lower, language, symbols)
            if page is None:
                raise ValueError(f"no key types {char!r}")
            if page == SYMBOLS_PAGE:
                if not symbols:
                    taps.append("symbols")
                    symbols = True
            else:
                if symbols:
                    taps.append("symbols")
                    symbols = False
                while language != page:
                    taps.append("language")
                    language = LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]
            if page != SYMBOLS_PAGE and lower.isalpha():
                is_upper = shift != Shift.OFF
                while is_upper != wants_upper:
                    taps.append("shift")
                    shift = _next_shift(shift)
                    is_upper = shift != Shift.OFF
                if shift == Shift.ONCE:
                    shift = Shift.OFF
            taps.append(lower)
        return taps

    # -- building -------------------------------------------------------------------------

    def _build_page(self, rows: tuple[str, str, str], *, letters: bool) -> _Page:
        page = _Page(QWidget(self))
        page.widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = QVBoxLayout(page.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for index, chars in enumerate(rows):
            row = QHBoxLayout()
            row.setSpacing(6)
            if index == 2:
                if letters:
                    row.addWidget(self._special(page, "shift", "⇧", self._on_shift), 3)
                else:
                    row.addStretch(1)
            for char in chars:
                row.addWidget(self._char_key(page, char), 2)
            if index == 2:
                backspace = self._special(page, "backspace", "⌫", self._on_backspace)
                backspace.setAutoRepeat(True)
                row.addWidget(backspace, 3)
            column.addLayout(row)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self._special(page, "symbols", "", self._on_symbols), 3)
        bottom.addWidget(self._special(page, "language", "", self._on_language), 3)
        if letters:
            for char in BOTTOM_LETTER_KEYS:
                bottom.addWidget(self._char_key(page, char), 2)
        bottom.addWidget(self._special(page, "space", "", self._on_space), 10)
        if letters:
            for char in BOTTOM_TAIL_KEYS:
                bottom.addWidget(self._char_key(page, char), 2)
        bottom.addWidget(self._special(page, "enter", "", self.accepted.emit), 3)
        column.addLayout(bottom)
        return page

    def _char_key(self, page: _Page, char: str) -> QPushButton:
        button = self._make_button(_label(char), f"key_{ord(char):04x}")
        button.setProperty("keyChar", char)
        button.clicked.connect(lambda _=False, c=char: self._on_char(c))
        page.keys[char] = button
        return button

    def _special(
        self, page: _Page, key_id: str, text: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = self._make_button(text, f"key_{key_id}")
        button.setProperty("specialKey", key_id)
        button.clicked.connect(lambda _=False, s=slot: s())
        page.keys[key_id] = button
        return button

    def _make_button(self, text: str, name: str) -> QPushButton:
        return key_button(text, name, "keyboardKey")

    # -- key handlers ---------------------------------------------------------------------

    def _on_char(self, char: str) -> None:
        self._update_quiet()
        if not self._symbols and self._shift != Shift.OFF:
            char = char.upper()
        self._insert(char)
        if self._shift == Shift.ONCE and char.isalpha():
            self._shift = Shift.OFF
            self._refresh_labels()

    def _on_space(self) -> None:
        self._update_quiet()
        self._insert(" ")

    def _on_backspace(self) -> None:
        self._update_quiet()
        target = focused_text_field()
        if isinstance(target, QLineEdit):
            target.backspace()
        elif target is not None:
            cursor = target.textCursor()
            cursor.deletePreviousChar()
            target.setTextCursor(cursor)

    def _on_shift(self) -> None:
        self._update_quiet()
        self._shift = _next_shift(self._shift)
        self._refresh_labels()

    def _on_symbols(self) -> None:
        self._update_quiet()
        self._symbols = not self._symbols
        self._show_current_page()

    def _on_language(self) -> None:
        self._update_quiet()
        index = LANGUAGES.index(self._language)
        self.set_language(LANGUAGES[(index + 1) % len(LANGUAGES)])

    def _insert(self, text: str) -> None:
        target = focused_text_field()
        if isinstance(target, QLineEdit):
            target.insert(text)
        elif target is not None:
            target.insertPlainText(text)

    # -- state to screen ------------------------------------------------------------------

    def _current_page(self) -> _Page:
        return self._pages[SYMBOLS_PAGE if self._symbols else self._language]

    def _show_current_page(self) -> None:
        self._stack.setCurrentWidget(self._current_page().widget)
        self._style_quiet_keys()
        self._refresh_labels()

    def _page_having(self, char: str, language: str, symbols: bool) -> str | None:
        current = SYMBOLS_PAGE if symbols else language
        if char in self._pages[current].keys:
            return current
        if char in self._pages[language].keys:
            return language
        for name in (*LANGUAGES, SYMBOLS_PAGE):
            if char in self._pages[name].keys:
                return name
        return None

    def _refresh_labels(self) -> None:
        upper = self._shift != Shift.OFF
        for name in LANGUAGES:
            for key_id, button in self._pages[name].keys.items():
                char = button.property("keyChar")
                if isinstance(char, str):
                    button.setText(_label(char.upper() if upper else char))
                elif key_id == "shift":
                    set_style_property(button, "shiftState", self._shift.value)
        language_label = {
            "ru": self.tr("RU"),
            "be": self.tr("BE"),
            "en": self.tr("EN"),
        }[self._language]
        for page in self._pages.values():
            page.keys["language"].setText(language_label)
        # The symbols page goes back to the letters it came from, and says which.
        self._pages[SYMBOLS_PAGE].keys["symbols"].setText(LETTERS_KEY_LABELS[self._language])

    def _retranslate(self) -> None:
        for name, page in self._pages.items():
            if name != SYMBOLS_PAGE:
                page.keys["symbols"].setText("?123")
            page.keys["symbols"].setAccessibleName(
                self.tr("Letters") if name == SYMBOLS_PAGE else self.tr("Digits and symbols")
            )
            page.keys["space"].setText(self.tr("space"))
            page.keys["enter"].setText(self.tr("Enter"))
            page.keys["backspace"].setAccessibleName(self.tr("Backspace"))
            page.keys["language"].setAccessibleName(self.tr("Keyboard language"))
            if "shift" in page.keys:
                page.keys["shift"].setAccessibleName(self.tr("Shift"))
        self._refresh_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- quiet keys for secrets -----------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if isValid(self):
            self._update_quiet()

    def _update_quiet(self) -> None:
        quiet = is_secret_field(focused_text_field())
        if quiet == self._quiet and self.property(QUIET_PROPERTY) is not None:
            return
        self._quiet = quiet
        set_style_property(self, QUIET_PROPERTY, quiet)
        self._style_quiet_keys()

    def _style_quiet_keys(self) -> None:
        # Restyling a key costs a re-polish, and a focus change reaches every keyboard of the
        # kiosk: only the keys a person can see now are restyled; a page is brought up to date
        # when it is shown, a hidden keyboard when it shows.
        page = self._current_page()
        if page.quiet == self._quiet or not self.isVisible():
            return
        page.quiet = self._quiet
        for button in page.keys.values():
            set_style_property(button, QUIET_PROPERTY, self._quiet)

    def showEvent(self, event: QShowEvent) -> None:
        self._style_quiet_keys()
        super().showEvent(event)

    # The page on show only: the stacked layout would ask every page, and a hidden page keeps
    # the key sizes it was last laid out with (another session's large text).
    def sizeHint(self) -> QSize:
        return self._current_page().widget.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._current_page().widget.minimumSizeHint()


def focused_text_field() -> TextField | None:
    """The editable text field that has focus, if any."""
    widget = QApplication.focusWidget()
    if not isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return None
    if widget.isReadOnly() or not widget.isEnabled():
        return None
    return widget


def is_secret_field(widget: QWidget | None) -> bool:
    """Passwords and fields marked ``sensitive`` (codes) must not echo through the keys."""
    if widget is None:
        return False
    if widget.property(SENSITIVE_PROPERTY) is True:
        return True
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _label(char: str) -> str:
    """A key's caption: '&' would be taken for a mnemonic marker and vanish."""
    return char.replace("&", "&&")


def _next_shift(shift: Shift) -> Shift:
    return {Shift.OFF: Shift.ONCE, Shift.ONCE: Shift.CAPS, Shift.CAPS: Shift.OFF}[shift]


def _checked_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown keyboard language {language!r}")
    return language

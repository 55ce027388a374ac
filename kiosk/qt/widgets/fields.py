"""Pieces the registration and add-a-card screens share.

- :class:`InputDock`: the on-screen keyboard or the numeric keypad docked under a form,
  whichever the focused field asks for (``inputKind="digits"`` on a field means the keypad).
- :class:`FieldRow`: a caption, an editor and the place for its problem.
- :class:`DatePicker`: day, month and year columns with big up and down keys.
- :class:`CodeEntry`: the SMS code on the keypad, where it went, and "send a new code".
- :func:`wipe_inputs`: clears every text a shopper typed into a widget tree.

The phone field (+375 / +7 and the number on the keypad) is
:class:`kiosk.qt.widgets.phone_input.PhoneInput`.

Field properties the dock reads: ``inputKind`` ("digits" or text), ``keyboardLanguage``
(e.g. "en" for an email), ``capitalize`` (shift once when the field is entered empty),
``sensitive`` (keys are not highlighted: codes; passwords are detected by echo mode).
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QObject, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QStyleOptionFrame,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.qt.input.keyboard import SENSITIVE_PROPERTY, OnScreenKeyboard, Shift, is_secret_field
from kiosk.qt.input.keypad import MIN_KEY_SIZE, NumericKeypad
from kiosk.qt.widgets.error_line import reserve_line
from kiosk.qt.widgets.folding_row import least_width
from kiosk.qt.widgets.wrapping import wrapping_button

INPUT_KIND = "inputKind"
DIGITS = "digits"
KEYBOARD_LANGUAGE = "keyboardLanguage"
CAPITALIZE = "capitalize"

_LOCALE_NAMES = {"ru": "ru_RU", "be": "be_BY", "en": "en_GB"}


def set_style_role(widget: QWidget, role: str) -> None:
    """The stylesheet styles widgets by their ``role`` property (title, error, ...)."""
    widget.setProperty("role", role)


def touch_button(text: str = "", role: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if role:
        set_style_role(button, role)
    return button


def wrapped_label(text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_style_role(label, role)
    return label


def wipe_inputs(root: QWidget) -> None:
    """Clear every editable text under ``root`` (undo history too: ``setText`` drops it)."""
    for line_edit in root.findChildren(QLineEdit):
        line_edit.setText("")
    for text_edit in root.findChildren(QTextEdit):
        if not text_edit.isReadOnly():
            text_edit.setPlainText("")
    for plain in root.findChildren(QPlainTextEdit):
        if not plain.isReadOnly():
            plain.setPlainText("")
    for picker in root.findChildren(DatePicker):
        picker.clear()


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
        # With nothing to type into, the dock gives its height back to the form.
        self._stack.setCurrentWidget(part)
        self.setVisible(part is not self._blank)

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


#: Widest the caption column gets: captions sit left of their fields, which leaves the height
#: of the screen to the fields and the keyboard under them. On a narrow screen the column
#: takes a quarter of the row and its captions wrap.
CAPTION_WIDTH = 300
#: No limit (Qt's QWIDGETSIZE_MAX).
QWIDGETSIZE_MAX = (1 << 24) - 1
#: The captions' font size on the reference screen (kiosk.qss, role fieldCaption).
CAPTION_FONT_PX = 24


class FieldRow(QWidget):
    """Caption, editor, and the line that says what is wrong with it.

    The caption sits left of the editor; when the row is too narrow for both side by side
    (a wide editor, large text on a narrow screen) it goes above the editor instead, so the
    row never asks for more width than its widest part."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.caption = wrapped_label(role="fieldCaption")
        self.caption.installEventFilter(self)
        self.error = wrapped_label(role="error")
        self.error.hide()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(0)  # the problem line has its own leading
        self.stacked: bool | None = None
        self._arrange(stacked=False)

    def _arrange(self, *, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        grid = self._grid
        for widget in (self.caption, self.editor, self.error):
            grid.removeWidget(widget)
        if stacked:
            # One column (QGridLayout gives a wrapped label spanning columns the height of
            # one line).
            grid.addWidget(self.caption, 0, 0)
            grid.addWidget(self.editor, 1, 0)
            grid.addWidget(self.error, 2, 0)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
        else:
            grid.addWidget(self.caption, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.editor, 0, 1)
            grid.addWidget(self.error, 1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 3)
        self._limit_caption()

    def set_caption(self, text: str, *, optional: bool, optional_mark: str) -> None:
        self.caption.setText(f"{text} {optional_mark}" if optional else text)
        self.caption.setVisible(bool(text))
        self._arrange(stacked=self._stacks())

    def _stacks(self) -> bool:
        """Above the field when the row is too narrow, or when there is no caption at all
        (the field takes the whole width then: a check box with its own words)."""
        return self.caption.isHidden() or self._side_by_side_width() > self.width()

    def _side_by_side_width(self) -> int:
        caption = least_width(self.caption)
        return caption + self._grid.horizontalSpacing() + least_width(self.editor)

    def minimumSizeHint(self) -> QSize:
        # The row can always stack: it needs no more width than its widest part.
        width = max(least_width(self.caption), least_width(self.editor), least_width(self.error))
        return QSize(width, super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._arrange(stacked=self._stacks())
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.caption and event.type() == QEvent.Type.FontChange:
            self._limit_caption()
        return False

    def _limit_caption(self) -> None:
        """Beside the field the caption column grows with the captions' font (large text),
        never under CAPTION_WIDTH; above the field the caption has the whole width."""
        if self.stacked:
            self.caption.setMaximumWidth(QWIDGETSIZE_MAX)
            return
        font_px = self.caption.font().pixelSize()
        scale = max(1.0, font_px / CAPTION_FONT_PX) if font_px > 0 else 1.0
        self.caption.setMaximumWidth(round(CAPTION_WIDTH * scale))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        style = self.editor.style()
        style.unpolish(self.editor)
        style.polish(self.editor)


def text_field(
    *,
    digits: bool = False,
    max_length: int = 100,
    password: bool = False,
    capitalize: bool = False,
    keyboard_language: str = "",
    sensitive: bool = False,
    fits: str = "",
) -> QLineEdit:
    """A field for the on-screen keys; ``fits``: a sample of the longest text it shows
    (a phone number grouped), which it is never made narrower than."""
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if fits:
        _FitsText(edit, fits)
    # Nothing typed on a kiosk may be offered back later (no completion, no drag-out).
    edit.setDragEnabled(False)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if digits:
        edit.setProperty(INPUT_KIND, DIGITS)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), edit))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Passwords are usually Latin; the language key is there for those that are not.
        keyboard_language = keyboard_language or "en"
        edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
    if capitalize:
        edit.setProperty(CAPITALIZE, True)
    if keyboard_language:
        edit.setProperty(KEYBOARD_LANGUAGE, keyboard_language)
    if sensitive:
        edit.setProperty(SENSITIVE_PROPERTY, True)
    return edit


class _FitsText(QObject):
    """Keeps a field at least as wide as ``sample`` in its font (which the stylesheet sets,
    large text included), padding and frame counted."""

    def __init__(self, edit: QLineEdit, sample: str) -> None:
        super().__init__(edit)
        self._edit = edit
        self._sample = sample
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
        ):
            edit = self._edit
            text = QSize(edit.fontMetrics().horizontalAdvance(self._sample), 1)
            option = QStyleOptionFrame()
            edit.initStyleOption(option)
            needed = edit.style().sizeFromContents(
                QStyle.ContentsType.CT_LineEdit, option, text, edit
            )
            margins = edit.textMargins()
            edit.setMinimumWidth(needed.width() + margins.left() + margins.right() + 4)
        return False


class _SpinColumn(QWidget):
    """One column of the date picker: big up/down keys around the value; the year column
    also has a row of ten-year steps under them."""

    stepped = Signal(int)

    def __init__(self, name: str, *, with_decades: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[int, QPushButton] = {}
        layout.addWidget(self._button(1, "▲"))
        self.value = QLabel("—")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setObjectName(f"{name}Value")
        self.value.setMinimumHeight(MIN_KEY_SIZE)
        set_style_role(self.value, "pickerValue")
        layout.addWidget(self.value)
        layout.addWidget(self._button(-1, "▼"))
        if with_decades:
            decades = QHBoxLayout()
            decades.setSpacing(6)
            decades.addWidget(self._button(-10, "−10"))
            decades.addWidget(self._button(10, "+10"))
            layout.addLayout(decades)
        layout.addStretch(1)

    def _button(self, step: int, text: str) -> QPushButton:
        button = touch_button(text, role="pickerStep")
        button.setObjectName(f"{self.objectName()}{'Up' if step > 0 else 'Down'}{abs(step)}")
        button.setAutoRepeat(True)
        button.setAutoRepeatDelay(400)
        button.setAutoRepeatInterval(90)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, s=step: self.stepped.emit(s))
        self.buttons[step] = button
        return button


class DatePicker(QWidget):
    """A date by touch: day, month and year, each with big up and down keys.

    It starts empty ("—"); the first tap on a column picks a sensible starting value for it.
    ``date()`` is None until all three are chosen.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: int | None = None
        self._month: int | None = None
        self._year: int | None = None
        self._min_year = 1900
        self._max_year = dt.date.today().year
        self._start_year = self._max_year - 30
        self._locale = QLocale(_LOCALE_NAMES["ru"])
        self.day_column = _SpinColumn("day")
        self.month_column = _SpinColumn("month")
        self.year_column = _SpinColumn("year", with_decades=True)
        self.day_column.stepped.connect(self._step_day)
        self.month_column.stepped.connect(self._step_month)
        self.year_column.stepped.connect(self._step_year)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        self.captions = [wrapped_label(role="fieldCaption") for _ in range(3)]
        for index, (caption, column) in enumerate(
            zip(self.captions, (self.day_column, self.month_column, self.year_column), strict=True)
        ):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(caption, 0, index)
            layout.addWidget(column, 1, index, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 3)
        layout.setColumnStretch(3, 2)  # keeps the columns from spanning a wide screen
        self._retranslate()
        self._show()

    def set_language(self, language: str) -> None:
        self._locale = QLocale(_LOCALE_NAMES.get(language, "ru_RU"))
        self._show()

    def set_year_range(self, oldest: int, newest: int, *, start: int | None = None) -> None:
        self._min_year, self._max_year = oldest, newest
        self._start_year = start if start is not None else max(oldest, newest - 14)
        if self._year is not None:
            self._year = min(max(self._year, oldest), newest)
        self._show()

    def date(self) -> dt.date | None:
        if self._day is None or self._month is None or self._year is None:
            return None
        return dt.date(self._year, self._month, self._day)

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
            return
        self._day, self._month, self._year = value.day, value.month, value.year
        self._show()

    def clear(self) -> None:
        self._day = self._month = self._year = None
        self._show()

    def _days_in_month(self) -> int:
        year = self._year if self._year is not None else 2000  # a leap year: 29 February fits
        month = self._month if self._month is not None else 1
        return calendar.monthrange(year, month)[1]

    def _step_day(self, step: int) -> None:
        days = self._days_in_month()
        self._day = 1 if self._day is None else (self._day - 1 + step) % days + 1
        self._changed()

    def _step_month(self, step: int) -> None:
        self._month = 1 if self._month is None else (self._month - 1 + step) % 12 + 1
        self._clamp_day()
        self._changed()

    def _step_year(self, step: int) -> None:
        if self._year is None:
            self._year = self._start_year
        else:
            self._year = min(max(self._year + step, self._min_year), self._max_year)
        self._clamp_day()
        self._changed()

    def _clamp_day(self) -> None:
        if self._day is not None:
            self._day = min(self._day, self._days_in_month())

    def _changed(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.day_column.value.setText(str(self._day) if self._day is not None else "—")
        self.month_column.value.setText(
            self._locale.standaloneMonthName(self._month, QLocale.FormatType.LongFormat)
            if self._month is not None
            else "—"
        )
        self.year_column.value.setText(str(self._year) if self._year is not None else "—")

    def _retranslate(self) -> None:
        for caption, text in zip(
            self.captions, (self.tr("Day"), self.tr("Month"), self.tr("Year")), strict=True
        ):
            caption.setText(text)
        self.year_column.buttons[10].setAccessibleName(self.tr("Ten years later"))
        self.year_column.buttons[-10].setAccessibleName(self.tr("Ten years earlier"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


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

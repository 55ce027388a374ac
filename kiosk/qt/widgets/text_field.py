"""The text fields of the wizard forms, typed into on the on-screen keys, and wiping what a
shopper typed.

Field properties the input dock (:mod:`kiosk.qt.widgets.input_dock`) reads: ``inputKind``
("digits" or text), ``keyboardLanguage`` (e.g. "en" for an email), ``capitalize`` (shift once
when the field is entered empty), ``sensitive`` (keys are not highlighted: codes; passwords are
detected by echo mode).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QTextEdit,
    QWidget,
)

from kiosk.qt.input.keyboard import SENSITIVE_PROPERTY
from kiosk.qt.widgets.date_picker import DatePicker

INPUT_KIND = "inputKind"
DIGITS = "digits"
KEYBOARD_LANGUAGE = "keyboardLanguage"
CAPITALIZE = "capitalize"


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

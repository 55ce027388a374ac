"""Small widgets a touch form is built of, styled by the stylesheet's ``role`` property: a
button that never takes keyboard focus, a label that wraps plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


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

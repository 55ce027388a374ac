"""What a layout gives a widget at the least, for deciding whether widgets fit side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWidgetItem


def least_width(widget: QWidget) -> int:
    """The least width a layout gives ``widget`` (its sizeHint for a button, which cannot
    shrink; its minimumSizeHint for a word-wrapped label); 0 when it is hidden."""
    if widget.isHidden():
        return 0
    return QWidgetItem(widget).minimumSize().width()

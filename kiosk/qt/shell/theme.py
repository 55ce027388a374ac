"""Dynamic properties the kiosk stylesheet selects widgets by (``tone``, ``quiet``, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet selects on, and re-polish so it takes effect."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    # Dynamic properties are only re-read by the stylesheet on a re-polish.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)

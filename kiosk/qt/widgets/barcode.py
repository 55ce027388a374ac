"""The card's EAN-13 barcode, drawn as SVG."""

from __future__ import annotations

import re
from io import BytesIO

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from kiosk.core.codes.cards import parse_card_number

# What a wiped barcode shows: nothing, but still a valid document (an empty load warns).
_BLANK_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"/>'


def ean13_svg(number: str) -> bytes:
    """The EAN-13 barcode of a card number as an SVG document (bars only, no digits).

    The number must be valid: python-barcode recomputes the check digit from the first twelve
    digits, so a wrong one would silently be drawn as a different card.
    """
    import barcode  # only when a card is shown: keeps start-up lean
    from barcode.writer import SVGWriter

    number = parse_card_number(number)
    code = barcode.get("ean13", number[:12], writer=SVGWriter())
    if code.get_fullcode() != number:
        raise ValueError("barcode does not encode the card number")
    buffer = BytesIO()
    code.write(
        buffer,
        options={
            "write_text": False,
            "module_height": 18.0,
            "quiet_zone": 3.0,
            "background": "white",
            "foreground": "black",
        },
    )
    return _unitless(buffer.getvalue())


_MM = re.compile(rb'="(-?\d+(?:\.\d+)?)mm"')
_SIZE = re.compile(rb'<svg([^>]*?) width="([\d.]+)" height="([\d.]+)"')


def _unitless(svg: bytes) -> bytes:
    """python-barcode writes millimetres ("2.000mm"), which Qt's SVG renderer does not scale;
    the same numbers as user units with a viewBox draw crisply at any widget size."""
    svg = _MM.sub(rb'="\1"', svg)
    return _SIZE.sub(rb'<svg\1 width="\2" height="\3" viewBox="0 0 \2 \3"', svg, count=1)


class BarcodeView(QSvgWidget):
    """The card's barcode drawn as vector graphics, kept in proportion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        #: The number currently drawn, None when blank.
        self.code: str | None = None
        self.svg = b""

    def set_code(self, number: str) -> None:
        svg = ean13_svg(number)
        self.load(QByteArray(svg))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.code = number
        self.svg = svg

    def clear(self) -> None:
        self.load(QByteArray(_BLANK_SVG))
        self.code = None
        self.svg = b""

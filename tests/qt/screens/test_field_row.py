"""A wizard form's row: the caption goes above its field where beside it the caption would
wrap onto more lines than the two take one above the other (large text on a narrow screen), and
stays beside it where it fits on a line or two."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.qt.widgets.field_row import FieldRow

CAPTION = "Номер карты (13 цифр под штрихкодом)"
#: A field's height as the kiosk's stylesheet makes it (padding and a 9 mm target).
FIELD_HEIGHT = 66


def _row(qtbot: QtBot, width: int, font_px: int) -> FieldRow:
    field = QLineEdit()
    field.setMinimumHeight(FIELD_HEIGHT)
    row = FieldRow(field)
    qtbot.addWidget(row)
    font = QFont(row.caption.font())
    font.setPixelSize(font_px)
    row.caption.setFont(font)
    row.set_caption(CAPTION, optional=False, optional_mark="")
    row.resize(width, 200)
    row.show()
    qtbot.waitExposed(row)
    return row


@pytest.mark.parametrize(("width", "font_px"), [(930, 34), (768, 34)])
def test_a_caption_that_would_wrap_into_a_narrow_column_goes_above_its_field(
    qtbot: QtBot, width: int, font_px: int
) -> None:
    row = _row(qtbot, width, font_px)
    assert row.stacked is True
    caption = row.caption
    assert caption.heightForWidth(caption.width()) < 2 * caption.fontMetrics().lineSpacing()


def test_a_caption_that_fits_beside_its_field_stays_there(qtbot: QtBot) -> None:
    row = _row(qtbot, 1800, 24)
    assert row.stacked is False

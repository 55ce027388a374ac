"""The DEMO strip across the top of a demo kiosk: its note takes the strip's free room, so it
stands on one line where one line holds it instead of wrapping into a narrow column."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.qt.shell.window import KioskWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("width", [1024, 768, 1920])
def test_the_demo_note_stands_on_one_line_where_one_line_holds_it(
    qtbot: QtBot, qapp: QApplication, width: int
) -> None:
    window: KioskWindow[QWidget] = KioskWindow()
    qtbot.addWidget(window)
    window.install_demo(QWidget())
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    note, button = window.demo_note, window.demo_button
    assert note is not None and button is not None
    # The note's text is shorter than the room between the badge and the button.
    assert note.fontMetrics().horizontalAdvance(note.text()) < note.width()
    assert note.height() < 2 * note.fontMetrics().lineSpacing()

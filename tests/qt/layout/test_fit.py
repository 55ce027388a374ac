"""The fit (kiosk.qt.layout.fit): the first arrangement whose need, measured by Qt's own size
hints, fits the room; the least tall one when none does; the declared field kept in view."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.qt.layout.fit import Arrangement, Fit, keep_in_view, layout_height, side_by_side_width
from kiosk.qt.layout.needs import FieldNeed


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


class _Row(QWidget):
    """Two buttons side by side, or one under the other."""

    def __init__(self) -> None:
        super().__init__()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.first = QPushButton("A button with a long text on it")
        self.second = QPushButton("Another button with a long text")
        self.row.addWidget(self.first)
        self.row.addWidget(self.second)
        self.fit = Fit(self, [self._arrangement("side by side"), self._arrangement("stacked")])

    def _arrangement(self, name: str) -> Arrangement:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if name == "side by side"
            else QBoxLayout.Direction.TopToBottom
        )

        def apply() -> None:
            if self.row.direction() != direction:
                self.row.setDirection(direction)

        def need() -> QSize:
            if direction == QBoxLayout.Direction.LeftToRight:
                width = side_by_side_width([self.first, self.second], self.row.spacing())
            else:
                width = max(self.first.sizeHint().width(), self.second.sizeHint().width())
            return QSize(width, layout_height(self.row, self.width()))

        return Arrangement(name, apply, need)


def test_the_first_arrangement_that_fits_the_room_is_taken(qtbot: QtBot) -> None:
    window = QWidget()  # a window of its own would grow to the row's least size
    qtbot.addWidget(window)
    row = _Row()
    row.setParent(window)
    wide = side_by_side_width([row.first, row.second], row.row.spacing())
    row.resize(wide + 50, 400)
    window.show()
    settle()
    assert row.fit.current is not None and row.fit.current.name == "side by side"
    row.resize(wide - 50, 400)
    settle()
    assert row.fit.current.name == "stacked"
    assert row.row.direction() == QBoxLayout.Direction.TopToBottom
    row.resize(wide + 50, 400)  # back, once there is room again
    settle()
    assert row.fit.current.name == "side by side"


def test_when_nothing_fits_the_least_tall_arrangement_is_kept(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = _Row()
    row.setParent(window)
    wide = side_by_side_width([row.first, row.second], row.row.spacing())
    row.resize(wide + 50, 10)  # too short for either: side by side is the less tall
    window.show()
    settle()
    assert row.fit.current is not None and row.fit.current.name == "side by side"


def test_the_field_with_its_caption_and_problem_is_scrolled_into_view(qtbot: QtBot) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    content = QWidget()
    column = QVBoxLayout(content)
    filler = QLabel("Explanations")
    filler.setFixedHeight(600)
    caption, field, problem = QLabel("Caption"), QLineEdit(), QLabel("What is wrong")
    for widget in (filler, caption, field, problem):
        column.addWidget(widget)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.resize(300, 200)
    area.show()
    settle()
    need = FieldNeed(field, caption=caption, problem=problem)
    keep_in_view(area, need)
    view = area.viewport()
    for part in need.parts():
        top = part.mapTo(view, part.rect().topLeft()).y()
        assert top >= 0 and top + part.height() <= view.height()

"""The activation list as a passive view, laid out by the kiosk's stylesheet: the counters stay
on one line where the screen has the room, a row's button keeps off the list's edge, a result
with no button beside it takes the button's column too, and on a portrait screen the list takes
the height."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QBoxLayout
from pytestqt.qtbot import QtBot

from kiosk.central import demo_data
from kiosk.core.cashier.session import ActivationRow, RowResult
from kiosk.qt.app import load_stylesheet
from kiosk.qt.screens.cashier import ROW_BUTTON_GAP, CashierScreen
from kiosk.qt.shell.theme import Theme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The demo bar's height above every screen.
DEMO_BAR = 56
RESULTS = (RowResult.ACTIVATED, RowResult.QUEUED, RowResult.NOT_OURS, RowResult.SENDING)


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Theme]:
    theme = load_stylesheet(qapp)
    yield theme
    qapp.setStyleSheet("")


def activation_list(qtbot: QtBot, theme: Theme, size: tuple[int, int]) -> CashierScreen:
    theme.set_size(*size)
    view = CashierScreen()
    qtbot.addWidget(view)
    view.resize(size[0], size[1] - DEMO_BAR)
    view.show()
    view.show_list("Кассир Ирина", may_service=True)
    view.set_rows(
        [
            ActivationRow(index, number, result)
            for index, (number, result) in enumerate(
                zip(demo_data.ISSUED_CARDS, RESULTS, strict=False)
            )
        ]
    )
    view.set_counts(1, 1)
    QApplication.processEvents()
    return view


def lines(view: CashierScreen, label_name: str) -> float:
    label = getattr(view.ui, label_name)
    return label.height() / label.fontMetrics().lineSpacing()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1024, 768)])
def test_the_counters_stay_on_one_line_where_there_is_room(
    qtbot: QtBot, theme: Theme, language: str, size: tuple[int, int]
) -> None:
    view = activation_list(qtbot, theme, size)
    for name in ("counterLabel", "waitingLabel"):
        assert lines(view, name) < 2, f"{name} wraps at {size}: {getattr(view.ui, name).text()}"
    counter, waiting = view.ui.counterLabel.geometry(), view.ui.waitingLabel.geometry()
    assert counter.top() == waiting.top() and counter.right() < waiting.left()


def test_on_a_narrow_screen_the_counters_stand_one_above_the_other(
    qtbot: QtBot, theme: Theme
) -> None:
    view = activation_list(qtbot, theme, (768, 1024))
    view.resize(420, 1024 - DEMO_BAR)
    QApplication.processEvents()
    assert view.ui.countersLayout.direction() is QBoxLayout.Direction.TopToBottom
    assert view.ui.waitingLabel.geometry().top() > view.ui.counterLabel.geometry().bottom()
    assert view.ui.counterLabel.geometry().right() < view.width()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1024, 768)])
def test_a_rows_button_keeps_off_the_right_edge_as_the_texts_keep_off_the_left(
    qtbot: QtBot, theme: Theme, language: str, size: tuple[int, int]
) -> None:
    view = activation_list(qtbot, theme, size)
    table = view.ui.rowsTable
    button = view.hand_over_button(0)
    assert button is not None
    where = QRect(button.mapTo(table.viewport(), QPoint(0, 0)), button.size())
    left = table.visualRect(table.model().index(0, 0)).left()
    left_inset = where.left() - table.visualRect(table.model().index(0, 2)).left()
    right_inset = table.viewport().width() - (where.right() + 1)
    assert left == 0 and left_inset > 0
    assert right_inset == left_inset, f"{right_inset} px on the right, {left_inset} on the left"
    assert button.width() >= button.minimumWidth()


def test_on_a_portrait_screen_the_list_takes_the_height(qtbot: QtBot, theme: Theme) -> None:
    view = activation_list(qtbot, theme, (1080, 1920))
    table = view.ui.rowsTable
    assert table.height() > view.height() // 2
    assert view.ui.signOutButton.geometry().bottom() > view.height() * 9 // 10


def test_the_buttons_of_two_rows_do_not_touch(qtbot: QtBot, theme: Theme) -> None:
    view = CashierScreen()
    qtbot.addWidget(view)
    theme.set_size(1024, 768)
    view.resize(1024, 768 - DEMO_BAR)
    view.show()
    view.show_list("Кассир Ирина", may_service=True)
    first_card, second_card = demo_data.ISSUED_CARDS[:2]
    view.set_rows(
        [
            ActivationRow(0, first_card, RowResult.ACTIVATED),
            ActivationRow(1, second_card, RowResult.ALREADY_ACTIVATED),
        ]
    )
    QApplication.processEvents()
    first, second = view.hand_over_button(0), view.hand_over_button(1)
    assert first is not None and second is not None
    viewport = view.ui.rowsTable.viewport()
    gap = second.mapTo(viewport, QPoint(0, 0)).y() - (
        first.mapTo(viewport, QPoint(0, 0)).y() + first.height()
    )
    assert gap >= 2 * ROW_BUTTON_GAP


@pytest.mark.parametrize("size", [(1080, 1920), (768, 1024)])
def test_a_result_without_a_button_reads_whole_across_the_buttons_column(
    qtbot: QtBot, theme: Theme, size: tuple[int, int]
) -> None:
    view = activation_list(qtbot, theme, size)
    table = view.ui.rowsTable
    queued = RESULTS.index(RowResult.QUEUED)
    rect = table.visualRect(table.model().index(queued, 1))  # the result's cell, with its span
    header = table.horizontalHeader()
    assert rect.width() == header.sectionSize(1) + header.sectionSize(2)
    assert header.sectionSize(2) > 0  # the buttons' column is there, for the other rows
    activated = RESULTS.index(RowResult.ACTIVATED)
    assert table.columnSpan(activated, 1) == 1 and view.hand_over_button(activated) is not None

    # Once the same row gets a button, its result gives the column back.
    view.update_row(ActivationRow(queued, demo_data.ISSUED_CARDS[queued], RowResult.ACTIVATED))
    assert table.columnSpan(queued, 1) == 1 and view.hand_over_button(queued) is not None

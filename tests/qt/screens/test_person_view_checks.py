"""The person-view checks (tests/support/person_view.py) find what a person cannot see or use:
each is shown a small window with one such fault, and one without any."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.qt.layout.needs import FieldNeed, ViewNeeds
from tests.support.person_view import Problem, person_problems

TARGET = 40


class Page(QWidget):
    """A screen of a caption, a field, a problem line, keys and a button, in that order."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        self.caption = QLabel("Card number")
        self.caption.setObjectName("caption")
        self.field = QLineEdit()
        self.field.setObjectName("field")
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.keys = QPushButton("1")
        self.keys.setObjectName("keys")
        self.button = QPushButton("Back")
        self.button.setObjectName("back")
        for widget in (self.caption, self.field, self.problem, self.keys, self.button):
            widget.setMinimumHeight(TARGET)
            layout.addWidget(widget)
        self.scroll: QScrollArea | None = None

    def view_needs(self) -> ViewNeeds:
        return ViewNeeds(
            always=(self.button,),
            keys=self.keys,
            field=FieldNeed(self.field, caption=self.caption, problem=self.problem),
            on_arrival=(self.caption,),
            scroll=self.scroll,
        )


@pytest.fixture
def page(qapp: QApplication) -> Iterator[Page]:
    """A page in a window, as a screen is."""
    window = QWidget()
    window.setObjectName("window")
    QVBoxLayout(window).setContentsMargins(0, 0, 0, 0)
    page = Page()
    window.layout().addWidget(page)
    window.resize(400, 400)
    window.show()
    QApplication.processEvents()
    yield page
    window.close()
    window.deleteLater()


def problems(page: Page) -> list[Problem]:
    return person_problems(page.window(), page, TARGET)


def kinds(page: Page) -> set[tuple[str, str, str]]:
    return {(p.role, p.kind, p.widget) for p in problems(page)}


def test_a_page_a_person_can_use_has_no_problems(page: Page) -> None:
    assert problems(page) == []


def test_a_widget_over_the_field_covers_it(page: Page) -> None:
    cover = QLabel("ad", page)
    cover.setObjectName("banner")
    cover.setGeometry(page.field.geometry())
    cover.show()
    assert ("field", "covered", "field") in kinds(page)


def test_the_keys_over_the_button_leave_it_under_the_keys(page: Page) -> None:
    page.layout().removeWidget(page.keys)
    page.keys.setGeometry(page.button.geometry().adjusted(0, -10, 0, 0))
    page.keys.raise_()
    found = kinds(page)
    assert ("always", "under the keys", "back") in found
    assert ("always", "covered", "back") in found


def test_a_field_past_the_pages_edge_is_cut_off(page: Page) -> None:
    page.layout().removeWidget(page.field)
    page.field.setGeometry(0, page.height() - 20, 200, TARGET)
    assert ("field", "cut off by page's edge", "field") in kinds(page)


def test_a_field_scrolled_half_away_is_cut_off_by_the_scroll_area(qapp: QApplication) -> None:
    window = QWidget()
    window.resize(400, 200)
    scroll = QScrollArea(window)
    scroll.setObjectName("scroll")
    scroll.setGeometry(0, 0, 400, 100)
    scroll.setProperty("scrollCue", True)
    page = Page()
    page.scroll = scroll
    scroll.setWidget(page)
    page.resize(380, 400)
    window.show()
    QApplication.processEvents()
    scroll.verticalScrollBar().setValue(page.field.y() + 10)
    QApplication.processEvents()
    found = {(p.role, p.kind, p.widget) for p in person_problems(window, page, TARGET)}
    assert ("field", "cut off by scroll's edge", "field") in found
    window.close()
    window.deleteLater()


def test_a_scroll_area_in_another_and_one_that_hides_its_scrolling(page: Page) -> None:
    outer = QScrollArea(page)
    outer.setObjectName("outer")
    inner = QScrollArea()
    inner.setObjectName("inner")
    inner.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tall = QWidget()
    tall.setMinimumHeight(1000)
    inner.setWidget(tall)
    outer.setWidget(inner)
    outer.setWidgetResizable(True)
    inner.setMinimumHeight(100)
    page.layout().addWidget(outer)
    page.scroll = outer
    QApplication.processEvents()
    found = {(p.kind, p.widget) for p in problems(page)}
    assert ("scroll area inside another", "inner") in found
    assert ("scrolls undeclared", "inner") in found
    assert ("scrolls without showing it", "inner") in found


def test_rich_text_wider_than_its_label_is_cut_off(page: Page) -> None:
    page.caption.setTextFormat(Qt.TextFormat.RichText)
    page.caption.setText('12,99<span style="font-size: 300px">&nbsp;BYN</span>')
    assert ("", "text cut off", "caption") in kinds(page)


def test_a_buttons_padding_counts(page: Page) -> None:
    page.button.setText("Back " * 8)
    page.button.setMinimumWidth(page.button.fontMetrics().horizontalAdvance(page.button.text()))
    page.layout().setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    page.window().resize(page.button.minimumWidth() + 30, 400)
    QApplication.processEvents()
    assert ("", "text cut off", "back") not in kinds(page)
    page.button.setStyleSheet("padding: 0px 40px")
    assert ("", "text cut off", "back") in kinds(page)


def test_a_small_or_cut_target_and_overlapping_targets(page: Page) -> None:
    small = QPushButton("x", page)
    small.setObjectName("small")
    small.setGeometry(350, 0, 20, 20)
    small.show()
    page.keys.setMinimumHeight(0)
    page.layout().removeWidget(page.keys)
    page.keys.setGeometry(page.button.geometry().translated(0, -5))
    found = {(p.kind, p.widget) for p in problems(page)}
    assert ("target under 9 mm", "small") in found
    assert ("targets overlap", "keys and back") in found or (
        "targets overlap",
        "back and keys",
    ) in found

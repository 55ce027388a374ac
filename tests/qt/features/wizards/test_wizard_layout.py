"""Every wizard page fits the kiosk's 1280x1024 screen in Russian, Belarusian and English; on a
shorter screen the page scrolls above the keys, which keep their height.

A page that needs more room than the screen has makes the fullscreen window grow past the
screen's edge (the right-hand buttons disappear), so the minimum size of each page, with its
longest texts, is checked against the room the window gives a screen (below the demo bar).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.contract import ProgramInfo
from kiosk.core.client import CentralClient
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.core.wizards.registration.form import FieldIssue, Issue, RegistrationSteps, Step
from kiosk.core.wizards.verification import Refusal
from kiosk.qt.app import load_stylesheet
from kiosk.qt.screens.wizards.add_card import AddCardScreen
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from kiosk.qt.screens.wizards.texts import refusal_text, resend_countdown_text, wrong_code_text
from tests.support.screen_gallery import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREEN_WIDTH = 1280
#: 1024 minus the demo bar of the demo mode (the tallest case).
SCREEN_HEIGHT = 1024 - 56


@pytest.fixture
def central_program(client: CentralClient) -> ProgramInfo:
    return client.program_info()


def assert_fits(screen: RegistrationScreen | AddCardScreen, what: str) -> None:
    QApplication.processEvents()
    need = screen.minimumSizeHint()
    assert need.width() <= SCREEN_WIDTH, f"{what} needs {need.width()} px of width"
    assert need.height() <= SCREEN_HEIGHT, f"{what} needs {need.height()} px of height"


def test_registration_pages_fit(qtbot: QtBot, language: str, central_program: ProgramInfo) -> None:
    screen = RegistrationScreen()
    qtbot.addWidget(screen)
    screen.set_language(language)
    steps = RegistrationSteps(central_program)
    screen.configure(central_program, steps.asked, steps.latest_birth_date())
    screen.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    screen.show()
    for step in Step:
        screen.show_step(step, 7, 8)
        assert_fits(screen, f"{language} {step}")
    screen.show_step(Step.CODE, 8, 8)
    for text in (
        resend_countdown_text(59),
        QCoreApplication.translate("WizardTexts", "Start again with a new code"),
        wrong_code_text(4),
    ):
        screen.code_entry.set_resend(text, True)
        screen.code_entry.set_message(text)
        assert_fits(screen, f"{language} code page with {text!r}")
    screen.show_stopped(refusal_text(Refusal.OFFLINE, support_phone="8 800-555-36-09"))
    assert_fits(screen, f"{language} stopped page")


def test_add_card_pages_fit(qtbot: QtBot, language: str) -> None:
    screen = AddCardScreen()
    qtbot.addWidget(screen)
    screen.set_language(language)
    screen.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    screen.show()
    for step in AddCardStep:
        screen.show_step(step)
        assert_fits(screen, f"{language} {step}")


def test_a_short_screen_scrolls_the_page_under_keys_that_keep_their_height(
    qtbot: QtBot, qapp: QApplication, central_program: ProgramInfo
) -> None:
    """1024x768 with the demo bar: the names page and the keyboard do not both fit. The keys
    keep the height the stylesheet gives them (never squeezed into each other); the page
    scrolls above them, the field typed into is brought into view, and a problem shown under
    it moves no key."""
    theme = load_stylesheet(qapp)
    try:
        theme.set_size(1024, 768)
        screen = RegistrationScreen()
        qtbot.addWidget(screen)
        steps = RegistrationSteps(central_program)
        screen.configure(central_program, steps.asked, steps.latest_birth_date())
        screen.resize(1024, 768 - 56)
        screen.show()
        screen.show_step(Step.NAMES, 3, 8)
        settle()
        keys = [key for key in screen.dock.keyboard.findChildren(QPushButton) if key.isVisible()]
        assert keys
        for key in keys:
            assert key.height() >= key.minimumSizeHint().height() >= theme.metrics.min_target_px
        assert screen.page_scroll.verticalScrollBar().maximum() > 0, "the page needs no scrolling"

        def where_keys_are() -> list[QRect]:
            return [QRect(key.mapTo(screen, QPoint(0, 0)), key.size()) for key in keys]

        keys_before = where_keys_are()
        screen.patronymic.setFocus()
        settle()
        row = screen.rows["patronymic"]
        viewport = screen.page_scroll.viewport()

        def in_view(part: QWidget) -> bool:
            return viewport.rect().contains(QRect(part.mapTo(viewport, QPoint(0, 0)), part.size()))

        assert in_view(row.caption) and in_view(row.editor), "the focused field is out of view"
        screen.show_issues({"patronymic": FieldIssue(Issue.REQUIRED)}, "")
        settle()
        assert screen.rows["patronymic"].error.isVisible()
        assert in_view(row.error), "the field's problem is out of view"
        assert where_keys_are() == keys_before
        screen.show_step(Step.PERSONAL, 4, 8)
        settle()
        assert screen.page_scroll.verticalScrollBar().value() == 0  # a new page at its top
    finally:
        qapp.setStyleSheet("")

"""Every screen fits every terminal: each screen of the gallery (tests/support/screen_gallery.py),
in
Russian, Belarusian and English, at 1024×768, 1366×768, 1920×1080, 768×1024 and 1080×1920, and
with large text at the smallest landscape and portrait sizes: no widget outside the window, no
text cut off, no two touch targets overlapping, none under 9 mm.

Each size builds one kiosk and puts every scene up in every language on it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import ReadingAids
from kiosk.qt.layout.keypad_page import KeypadPageFit
from tests.support.person_view import person_problems
from tests.support.screen_gallery import (
    LANGUAGES,
    SIZES,
    SampleData,
    Stage,
    all_scenes,
    layout_problems,
    settle,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.timeout(300),
]


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, SampleData]]:
    path = tmp_path_factory.mktemp("layouts") / "central.sqlite3"
    with EmbeddedCentral(path, demo=True, token="demo-token") as central:
        with CentralClient(central.url, "demo-token", terminal_id="DEMO-01") as client:
            data = SampleData.fetch(client)
        yield central.url, data


def problems_everywhere(
    app: QApplication,
    central: tuple[str, SampleData],
    size: tuple[int, int],
    aids: ReadingAids,
) -> list[str]:
    url, data = central
    stage = Stage.build(app, url, data, size)
    found: list[str] = []
    try:
        stage.set_aids(aids)
        for language in LANGUAGES:
            stage.set_language(language)
            for scene in all_scenes():
                scene.put_up(stage)
                min_target = stage.kiosk.theme.metrics.min_target_px
                found += [
                    f"{scene.name} {language}: {problem}"
                    for problem in layout_problems(
                        stage.window, size, min_target, may_scroll=aids.large_text
                    )
                ]
    finally:
        stage.close()
    return found


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits(
    qapp: QApplication, sample_data: tuple[str, SampleData], size: tuple[int, int]
) -> None:
    problems = problems_everywhere(qapp, sample_data, size, ReadingAids())
    assert not problems, "\n".join(problems)


LARGE_TEXT_SIZES = [(1024, 768), (1920, 1080), (768, 1024), (1080, 1920)]


@pytest.mark.parametrize("size", LARGE_TEXT_SIZES, ids=[f"{w}x{h}" for w, h in LARGE_TEXT_SIZES])
def test_every_screen_fits_with_large_text(
    qapp: QApplication, sample_data: tuple[str, SampleData], size: tuple[int, int]
) -> None:
    """With large text a screen's middle may scroll, but the screen never scrolls as a whole
    (its buttons stay in view), and nothing is cut off or overlaps."""
    problems = problems_everywhere(qapp, sample_data, size, ReadingAids(large_text=True))
    assert not problems, "\n".join(problems)


#: The screens whose middle scrolls with large text on the smallest screen (their buttons do
#: not).
BUTTONS_STAY = ("attract", "card", "card_birthday", "not_registered", "offline", "price")


def test_with_large_text_the_main_screens_keep_their_buttons_in_view(
    qapp: QApplication, sample_data: tuple[str, SampleData]
) -> None:
    url, data = sample_data
    stage = Stage.build(qapp, url, data, (1024, 768))
    try:
        stage.set_aids(ReadingAids(large_text=True))
        scenes = {scene.name: scene for scene in all_scenes()}
        for name in BUTTONS_STAY:
            scenes[name].put_up(stage)
            settle()
            frame = stage.window.findChild(
                QScrollArea, f"{stage.kiosk.window.current_state().value}Frame"
            )
            assert frame is not None and frame.verticalScrollBar().maximum() == 0, name
            screen = frame.widget()
            content = screen.findChild(QScrollArea, "contentScroll")
            assert content is not None, name
            # The start screen's middle fits with large text (its gaps narrow): nothing scrolls.
            if name != "attract":
                assert content.verticalScrollBar().maximum() > 0, name
            buttons = [
                button
                for button in screen.findChildren(QPushButton)
                if button.isVisible() and not content.isAncestorOf(button)
            ]
            assert buttons, name
            for button in buttons:
                where = QRect(button.mapTo(stage.window, QPoint(0, 0)), button.size())
                assert stage.window.rect().contains(where), f"{name}: {button.objectName()}"
    finally:
        stage.close()


KEYPAD_PAGES = ("manual_entry", "service_pin", "cashier_pin")


def test_a_keypad_pages_button_goes_back_under_the_keypad_when_large_text_ends(
    qapp: QApplication, sample_data: tuple[str, SampleData]
) -> None:
    """With large text at 1024×768 Back/Cancel stand beside the keypad; the next shopper in
    normal text finds them in their own row again (a page folded during one session must not
    stay so)."""
    url, data = sample_data
    stage = Stage.build(qapp, url, data, (1024, 768))
    scenes = {scene.name: scene for scene in all_scenes()}
    try:
        for large, beside in ((True, True), (False, False), (True, True)):
            stage.set_aids(ReadingAids(large_text=large))
            for name in KEYPAD_PAGES:
                scenes[name].put_up(stage)
                settle()
                fits = [
                    fit
                    for fit in stage.window.findChildren(KeypadPageFit)
                    if fit.parent().isVisible()  # type: ignore[attr-defined]
                ]
                assert len(fits) == 1, name
                assert fits[0].beside is beside, (name, large)
                assert not layout_problems(
                    stage.window,
                    (1024, 768),
                    stage.kiosk.theme.metrics.min_target_px,
                    may_scroll=large,
                ), (name, large)
    finally:
        stage.close()


def test_the_start_screens_picture_comes_back_when_large_text_ends(
    qapp: QApplication, sample_data: tuple[str, SampleData]
) -> None:
    """Large text leaves the scanner picture out of the start screen at 1280×1024; the next
    shopper, in normal text, sees it again (the screen kept its size meanwhile)."""
    url, data = sample_data
    stage = Stage.build(qapp, url, data, (1280, 1024))
    scenes = {scene.name: scene for scene in all_scenes()}
    try:
        scenes["attract"].put_up(stage)
        settle()
        picture = stage.kiosk.controller.screens.attract.ui.scanIllustration
        assert picture.isVisible()
        stage.set_language("en")
        stage.set_aids(ReadingAids(large_text=True))
        settle()
        assert not picture.isVisible()
        # The session goes on to the card screen and ends there: the text size is reset
        # while the start screen is not shown.
        scenes["card"].put_up(stage)
        settle()
        stage.set_aids(ReadingAids())
        stage.set_language("ru")
        settle()
        scenes["attract"].put_up(stage)
        settle()
        assert picture.isVisible()
        assert not layout_problems(
            stage.window, (1280, 1024), stage.kiosk.theme.metrics.min_target_px
        )
    finally:
        stage.close()


@pytest.mark.parametrize("size", [(1280, 1024), (1366, 768)], ids=["1280x1024", "1366x768"])
def test_with_large_text_the_start_screens_ways_in_take_two_rows_not_three(
    qapp: QApplication, sample_data: tuple[str, SampleData], size: tuple[int, int]
) -> None:
    """The three ways in do not fit side by side with large text: the two to one's card stay
    side by side and Register goes below them, so the middle keeps a row's height for what
    the start screen says on arrival."""
    url, data = sample_data
    stage = Stage.build(qapp, url, data, size)
    scenes = {scene.name: scene for scene in all_scenes()}
    try:
        stage.set_aids(ReadingAids(large_text=True))
        scenes["attract"].put_up(stage)
        settle()
        ui = stage.kiosk.controller.screens.attract.ui
        manual, program, register = (
            QRect(button.mapTo(stage.window, QPoint(0, 0)), button.size())
            for button in (ui.manualEntryButton, ui.programButton, ui.registerButton)
        )
        assert manual.top() == program.top() and manual.right() < program.left()
        assert register.top() > manual.bottom()
    finally:
        stage.close()


@pytest.mark.parametrize(
    "size", [(1024, 768), (1280, 1024), (1366, 768)], ids=["1024x768", "1280x1024", "1366x768"]
)
def test_with_large_text_the_start_screen_says_what_to_do_in_view_on_arrival(
    qapp: QApplication, sample_data: tuple[str, SampleData], size: tuple[int, int]
) -> None:
    """The scan prompt, its subtitle and today's discount wholly in view as the start screen
    comes up with large text, in every language (a shorter subtitle, narrower gaps below the
    reading aids)."""
    url, data = sample_data
    stage = Stage.build(qapp, url, data, size)
    scenes = {scene.name: scene for scene in all_scenes()}
    try:
        stage.set_aids(ReadingAids(large_text=True))
        found = []
        for language in LANGUAGES:
            stage.set_language(language)
            scenes["attract"].put_up(stage)
            screen = stage.kiosk.controller.screens.attract
            problems = person_problems(
                stage.window, screen, stage.kiosk.theme.metrics.min_target_px
            )
            found += [f"{language}: {problem}" for problem in problems]
        assert not found
    finally:
        stage.close()

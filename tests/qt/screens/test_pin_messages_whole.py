"""The PIN pages' problem lines say their whole text: a wrong service PIN ("...Попробуйте ещё
раз.") and every problem of a cashier's badge and PIN ("...Попробуйте снова через 15 минут."),
on every terminal size from 1024×768 to 1920×1080 and the portrait ones, with normal and large
text, in Russian, Belarusian and English, and the page still fits the screen. The line's height
is kept for the longest problem, so that showing one moves no key
(tests/qt/screens/test_pin_pages.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier.session import SignInProblem
from kiosk.core.client import CentralClient
from kiosk.core.flow import ReadingAids, State
from kiosk.qt.screens.cashier import CashierScreen
from kiosk.qt.screens.service_pin import ServicePinScreen
from tests.support.screen_gallery import LANGUAGES, SampleData, Stage, layout_problems

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.timeout(300),
]

#: Landscape from 1024×768 to full HD (1280×1024: where the lockout lost its minutes), and the
#: portrait kiosks.
SIZES = ((1024, 768), (1280, 1024), (1366, 768), (1920, 1080), (768, 1024), (1080, 1920))
AIDS = (ReadingAids(), ReadingAids(large_text=True))


def service_pin_wrong(stage: Stage) -> QLabel:
    screen = stage.show(State.SERVICE_PIN)
    assert isinstance(screen, ServicePinScreen)
    screen.show_wrong_pin()
    return screen.ui.errorLabel


def cashier_problem(
    problem: SignInProblem, attempts_left: int | None = None, minutes: int | None = None
) -> Callable[[Stage], QLabel]:
    def put_up(stage: Stage) -> QLabel:
        screen = stage.show(State.CASHIER)
        assert isinstance(screen, CashierScreen)
        screen.show_pin_page()
        screen.show_pin_problem(problem, attempts_left=attempts_left, minutes=minutes)
        return screen.ui.pinErrorLabel

    return put_up


MESSAGES: dict[str, Callable[[Stage], QLabel]] = {
    "wrong service PIN": service_pin_wrong,
    "wrong badge PIN": cashier_problem(SignInProblem.WRONG_PIN, attempts_left=4),
    "badge locked": cashier_problem(SignInProblem.LOCKED, minutes=15),
    "kiosk paused": cashier_problem(SignInProblem.TERMINAL_PAUSED, minutes=15),
    "central unreachable": cashier_problem(SignInProblem.UNREACHABLE),
}


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, SampleData]]:
    path = tmp_path_factory.mktemp("pin-messages") / "central.sqlite3"
    with EmbeddedCentral(path, demo=True, token="demo-token") as central:
        with CentralClient(central.url, "demo-token", terminal_id="DEMO-01") as client:
            data = SampleData.fetch(client)
        yield central.url, data


def cut_messages(stage: Stage, size: tuple[int, int]) -> list[str]:
    found = []
    for aids in AIDS:
        stage.set_aids(aids)
        for language in LANGUAGES:
            stage.set_language(language)
            for message, put_up in MESSAGES.items():
                label = put_up(stage)
                assert label.text(), message
                min_target = stage.kiosk.theme.metrics.min_target_px
                problems = layout_problems(stage.window, size, min_target, may_scroll=True)
                found += [
                    f"{size[0]}x{size[1]} {language} large={aids.large_text} {message}: {p}"
                    for p in problems
                    # The line itself, or the page grown past the screen to make room for it.
                    if p.startswith((f"{label.objectName()}:", f"{label.objectName()} at"))
                    or "Frame needs" in p
                ]
                if not label.isVisible():
                    found.append(f"{size} {language} {message}: not shown")
    return found


@pytest.mark.parametrize("orientation", ["landscape", "portrait"], ids=["landscape", "portrait"])
def test_pin_problems_are_shown_whole(
    qapp: QApplication, sample_data: tuple[str, SampleData], orientation: str
) -> None:
    url, data = sample_data
    sizes = [(w, h) for w, h in SIZES if (w > h) == (orientation == "landscape")]
    stage = Stage.build(qapp, url, data, sizes[0])
    found: list[str] = []
    try:
        for size in sizes:
            stage.resize(size)
            found += cut_messages(stage, size)
    finally:
        stage.close()
    assert not found, "\n".join(found)

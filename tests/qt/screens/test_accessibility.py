"""Reading aids, extendable time and the rough edges a shopper meets outside the wizards: large
text and high contrast from the start screen, reset with the session; the still-here prompt;
sizes derived from the screen; the stylesheet's contrast in both themes; money, phone numbers
and the keyboard's labels; fullscreen without a window manager."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.display.metrics import (
    FALLBACK_DPI,
    HIGH_CONTRAST,
    LARGE_TEXT_FACTOR,
    ScreenMetrics,
    contrast_ratio,
)
from kiosk.core.flow import ReadingAids, State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.input.keyboard import OnScreenKeyboard
from kiosk.qt.resources import resource_path
from kiosk.qt.screens.formatting import format_money, format_points
from kiosk.qt.screens.program import ProgramScreen
from kiosk.qt.shell.still_here import StillHereOverlay
from kiosk.qt.shell.tap_guard import TAP_GUARD_MS
from kiosk.qt.shell.translations import Translations
from kiosk.qt.shell.window import KioskWindow
from kiosk.qt.widgets.phone_input import PhoneInput, group_phone_digits
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import Driver, KioskMaker, texts_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANNA = "2990000000019"
TEMPLATE = resource_path("styles", "kiosk.qss").read_text(encoding="utf-8")


@pytest.fixture
def make_kiosk(qtbot: QtBot, manual_clock: ManualClock) -> Iterator[KioskMaker]:
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker
    maker.close()


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    return make_kiosk(demo_config(central.url, central.token), wizards=False)


#: The headings' colour (QLabel[role="title"] and "hero") in the normal theme.
HEADING = "#0b3d3a"


def text_colour(widget: QWidget) -> str:
    return widget.palette().color(QPalette.ColorRole.WindowText).name()


def font_px(stylesheet: str, selector: str) -> int:
    block = stylesheet[stylesheet.index(selector + " {") :]
    match = re.search(r"font-size: (\d+)px", block[: block.index("}")])
    assert match is not None
    return int(match.group(1))


# --- sizes from the screen -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "dpi"),
    [((1024, 768), 85.0), ((1366, 768), None), ((1920, 1080), 92.0), ((768, 1024), 160.0)],
)
def test_touch_targets_are_never_under_9_mm(size: tuple[int, int], dpi: float | None) -> None:
    metrics = ScreenMetrics(*size, dpi=dpi)
    mm_per_px = 25.4 / (dpi or FALLBACK_DPI)
    rendered = metrics.render_stylesheet(TEMPLATE)
    heights = [int(px) for px in re.findall(r"min-height: (\d+)px", rendered)]
    assert heights and min(heights) * mm_per_px >= 9.0


def test_sizes_follow_the_screen_and_large_text_is_half_as_large_again() -> None:
    small = ScreenMetrics(1024, 768)
    large = ScreenMetrics(1920, 1080)
    portrait = ScreenMetrics(1080, 1920)
    body = 'QLabel[role="body"]'
    assert font_px(small.render_stylesheet(TEMPLATE), body) < font_px(
        large.render_stylesheet(TEMPLATE), body
    )
    assert portrait.portrait and portrait.scale == pytest.approx(1080 / 960)
    for metrics in (small, large, portrait):
        normal = metrics.render_stylesheet(TEMPLATE)
        bigger = ScreenMetrics(metrics.width, metrics.height, large_text=True).render_stylesheet(
            TEMPLATE
        )
        for selector in ("QWidget", body, "QPushButton", 'QLabel[role="hero"]'):
            assert font_px(bigger, selector) >= LARGE_TEXT_FACTOR * font_px(normal, selector) - 1


def test_unknown_or_nonsense_dpi_falls_back() -> None:
    assert ScreenMetrics(1024, 768, dpi=None).effective_dpi == FALLBACK_DPI
    assert ScreenMetrics(1024, 768, dpi=3.0).effective_dpi == FALLBACK_DPI
    assert ScreenMetrics(1024, 768, dpi=120.0).min_target_px == 43


def test_the_window_follows_any_screen_size(kiosk: Driver) -> None:
    window = kiosk.window
    for width, height in ((1024, 768), (768, 1024), (1920, 1080)):
        window.resize(width, height)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (width, height)
        assert kiosk.kiosk.theme.metrics.width == width
    assert window.minimumWidth() == 0 and window.minimumHeight() == 0


# --- contrast --------------------------------------------------------------------------------

#: Where a rule's text sits when the rule gives it no background of its own.
BACKGROUNDS_OF = {"#demoNote": "#demoBar"}
DEFAULT_BACKGROUNDS = ("#f3f6f5", "#ffffff")  # the window, a panel


def text_pairs(stylesheet: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background colour) for every rule that colours text."""
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", stylesheet, flags=re.S))
    declared: dict[str, dict[str, str]] = {}
    for selectors, body in rules:
        values = dict(re.findall(r"([a-z-]+)\s*:\s*([^;]+);", body))
        for selector in selectors.split(","):
            declared.setdefault(selector.strip(), {}).update(values)
    high_contrast_themed = any(colour in stylesheet for colour in HIGH_CONTRAST.values())
    default_backgrounds = (
        tuple(HIGH_CONTRAST.get(c, c) for c in DEFAULT_BACKGROUNDS)
        if high_contrast_themed and "#f3f6f5" not in stylesheet
        else DEFAULT_BACKGROUNDS
    )
    pairs = []
    for selector, values in declared.items():
        if ":disabled" in selector:
            continue  # WCAG exempts inactive controls
        base = re.sub(r":(pressed|checked)$", "", selector)
        colour = values.get("color") or declared.get(base, {}).get("color")
        background = values.get("background") or declared.get(base, {}).get("background")
        if background is None and selector in BACKGROUNDS_OF:
            background = declared[BACKGROUNDS_OF[selector]]["background"]
        if colour is None or not colour.startswith("#"):
            continue
        if background is not None and background.startswith("#"):
            pairs.append((selector, colour, background))
        elif background is None:
            pairs += [(selector, colour, default) for default in default_backgrounds]
    return pairs


@pytest.mark.parametrize(("high_contrast", "needed"), [(False, 4.5), (True, 7.0)])
def test_every_text_colour_has_enough_contrast(high_contrast: bool, needed: float) -> None:
    stylesheet = ScreenMetrics(1280, 960, high_contrast=high_contrast).render_stylesheet(TEMPLATE)
    pairs = text_pairs(stylesheet)
    assert len(pairs) > 40
    weak = [
        f"{selector}: {colour} on {background} is {contrast_ratio(colour, background):.2f}:1"
        for selector, colour, background in pairs
        if contrast_ratio(colour, background) < needed
    ]
    assert not weak, "\n".join(weak)


# --- reading aids on the start screen ------------------------------------------------------


def test_reading_aids_are_one_tap_away_and_end_with_the_session(kiosk: Driver) -> None:
    attract = kiosk.kiosk.controller.screens.attract
    theme = kiosk.kiosk.theme
    title = attract.ui.titleLabel
    normal = title.font().pixelSize()
    kiosk.click(attract.ui.largeTextButton)
    assert theme.metrics.large_text
    assert title.font().pixelSize() >= LARGE_TEXT_FACTOR * normal - 1
    kiosk.click(attract.ui.contrastButton)
    assert theme.metrics.high_contrast
    assert text_colour(title) == HIGH_CONTRAST[HEADING]
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    assert theme.metrics.large_text, "the aids stay for the session"
    kiosk.click(kiosk.kiosk.controller.screens.card.ui.doneButton)
    kiosk.wait_for_screen(State.ATTRACT)
    assert not theme.metrics.large_text and not theme.metrics.high_contrast
    assert not attract.ui.largeTextButton.isChecked()
    assert title.font().pixelSize() == normal
    assert text_colour(title) == HEADING


class FirstPaint(QObject):
    """The font size and text colour a widget is first painted with, once installed."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: tuple[int, str] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.seen is None and event.type() == QEvent.Type.Paint:
            assert isinstance(watched, QWidget)
            self.seen = (watched.font().pixelSize(), text_colour(watched))
        return False


class Repolished(QObject):
    """Every widget re-polished (sent a StyleChange) while installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            self.widgets.append(watched)
        return False


def test_reading_aids_restyle_the_screen_on_display_and_the_others_when_shown(
    kiosk: Driver,
) -> None:
    app, window = kiosk.kiosk.app, kiosk.window
    attract = kiosk.kiosk.controller.screens.attract
    card = kiosk.kiosk.controller.screens.card
    normal = card.ui.greetingLabel.font().pixelSize()
    repolished = Repolished()
    app.installEventFilter(repolished)
    try:
        kiosk.click(attract.ui.largeTextButton)
        kiosk.click(attract.ui.contrastButton)
    finally:
        app.removeEventFilter(repolished)
    # Seconds on a 2-core terminal for every screen built; the one on display is enough.
    assert attract.ui.titleLabel in repolished.widgets
    elsewhere = {
        screen.objectName()
        for screen in window.screens()
        for widget in repolished.widgets
        if screen is not attract and screen.isAncestorOf(widget)
    }
    assert not elsewhere, f"screens not on display were restyled: {elsewhere}"
    assert card.ui.greetingLabel.font().pixelSize() == normal

    first_paint = FirstPaint()
    card.ui.greetingLabel.installEventFilter(first_paint)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    kiosk.qtbot.waitUntil(lambda: first_paint.seen is not None)
    large = kiosk.kiosk.theme.metrics.font_px(font_px(TEMPLATE, 'QLabel[role="title"]'))
    assert first_paint.seen == (large, HIGH_CONTRAST[HEADING])


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)], ids=["1024x768", "1080x1920"])
def test_the_aids_stay_under_the_finger_that_switches_larger_text(
    make_kiosk: KioskMaker, central: EmbeddedCentral, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(
        demo_config(central.url, central.token),
        demo=True,
        wizards=False,
        tap_guard_ms=TAP_GUARD_MS,
    )
    kiosk.window.resize(*size)
    QApplication.processEvents()
    ui = kiosk.kiosk.controller.screens.attract.ui
    chosen: list[ReadingAids] = []
    kiosk.kiosk.controller.screens.attract.reading_aids_chosen.connect(chosen.append)

    def placed() -> list[QRect]:
        return [
            QRect(button.mapTo(kiosk.window, QPoint(0, 0)), button.size())
            for button in (ui.largeTextButton, ui.contrastButton)
        ]

    before = placed()
    finger = before[0].center()
    kiosk.clock.ms += 2000  # the start screen has been read
    kiosk.tap_window(finger.x(), finger.y())
    QApplication.processEvents()
    assert kiosk.kiosk.flow.aids.large_text
    assert placed() == before
    kiosk.clock.ms += 200  # the second tap of a double tap, on the same spot
    kiosk.tap_window(finger.x(), finger.y())
    QApplication.processEvents()
    assert [aids.large_text for aids in chosen] == [True, False]
    assert not kiosk.kiosk.flow.aids.large_text and not ui.largeTextButton.isChecked()
    assert placed() == before


def test_done_resets_the_language_like_idle(kiosk: Driver) -> None:
    attract = kiosk.kiosk.controller.screens.attract
    kiosk.click(attract.language_buttons["en"])
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    card = kiosk.kiosk.controller.screens.card
    assert card.ui.doneButton.text() == "Done"
    kiosk.click(card.ui.doneButton)
    kiosk.wait_for_screen(State.ATTRACT)
    assert kiosk.kiosk.flow.language == "ru"
    kiosk.qtbot.waitUntil(lambda: attract.ui.titleLabel.text() == "Отсканируйте карту")


# --- time that can be extended -------------------------------------------------------------


def test_still_here_gives_20_seconds_asks_for_more_time_and_shows_every_line(
    qtbot: QtBot,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1024, 768)
    timers = FakeTimers()
    overlay = StillHereOverlay(host, timers=timers)
    host.show()
    overlay.start()
    for _ in range(19):
        timers.fire("still-here")
    assert overlay.isVisible(), "at least 20 s to answer"
    assert overlay.stay_button.text() == "I need more time"
    for label in (overlay.question, overlay.countdown):
        need = label.heightForWidth(label.width())
        assert label.height() >= need, f"{label.objectName()} is cut off"
    stayed: list[bool] = []
    overlay.stayed.connect(lambda: stayed.append(True))
    qtbot.mouseClick(overlay.stay_button, Qt.MouseButton.LeftButton)
    assert stayed and not overlay.isVisible()


# --- money, phone, keyboard ----------------------------------------------------------------


def test_belarusian_money_and_points_are_grouped_like_russian() -> None:
    assert format_money("1234.56", "BYN", "be") == "1\u00a0234,56\u00a0BYN"
    assert format_points(1234, "be") == "1\u00a0234"
    assert format_money("1234.56", "BYN", "ru") == "1\u00a0234,56\u00a0BYN"
    assert format_money("1234.56", "BYN", "en") == "1,234.56\u00a0BYN"


def test_phone_is_grouped_as_it_is_typed(qtbot: QtBot) -> None:
    assert group_phone_digits("297654321", "BY") == "29 765-43-21"
    assert group_phone_digits("9123456789", "RU") == "912 345-67-89"
    assert group_phone_digits("80297654321", "BY") == "80297654321"
    phone = PhoneInput()
    qtbot.addWidget(phone)
    phone.show()
    phone.number.setFocus()
    shown = []
    for digit in "297654321":
        phone.number.insert(digit)
        shown.append(phone.number.text())
    assert shown[1] == "29" and shown[4] == "29 765" and shown[5] == "29 765-4"
    assert phone.number.text() == "29 765-43-21"
    assert phone.text() == "297654321"
    phone.number.backspace()
    assert phone.number.text() == "29 765-43-2"
    phone.number.setCursorPosition(2)  # after "29": a digit typed here keeps the rest in order
    phone.number.insert("1")
    assert phone.number.text() == "29 176-54-32"
    assert phone.number.cursorPosition() == 4  # after "29 1"


def test_keyboard_names_its_layouts_alike_and_symbols_go_back_where_they_came_from(
    qtbot: QtBot, qapp: QApplication
) -> None:
    translations = Translations(qapp)
    keyboard = OnScreenKeyboard(language="en")
    qtbot.addWidget(keyboard)
    keyboard.show()
    try:

        def labels_ru_be_en() -> list[str]:
            seen = []
            for _ in range(3):  # from the Latin layout: Russian, Belarusian, Latin again
                keyboard.key("language").click()
                seen.append(keyboard.key("language").text())
            return seen

        names = {}
        for language in ("ru", "be", "en"):
            translations.apply(language)
            QApplication.processEvents()
            names[language] = labels_ru_be_en()
        assert names["ru"] == names["be"] == ["РУС", "БЕЛ", "ENG"]
        assert names["en"] == ["RUS", "BEL", "ENG"], "three letters, the Latin key alike"
    finally:
        translations.remove()
    keyboard.set_language("en")
    keyboard.key("symbols").click()
    assert keyboard.key("symbols").text() == "ABC", "back to the Latin letters"
    keyboard.key("symbols").click()
    assert keyboard.language() == "en" and keyboard.key("q").isVisible()
    keyboard.set_language("ru")
    keyboard.key("symbols").click()
    assert keyboard.key("symbols").text() == "АБВ"


# --- program screen, demo panel ------------------------------------------------------------


def test_program_screen_does_not_repeat_sections_word_for_word(
    qtbot: QtBot, client: CentralClient
) -> None:
    program = client.program_info()
    screen = ProgramScreen()
    qtbot.addWidget(screen)
    screen.set_language("en")
    screen.set_program(program)
    general = program.general_info.get("en")
    shown = "\n".join(texts_of(screen))
    assert shown.count(general) == 1, "the general information once"
    assert shown.count(program.requirements.get("en")) == 1
    assert "Organizer\n" in screen.ui.rulesLabel.text(), "the other sections stay"


def test_demo_panel_never_shows_the_last_shoppers_sms(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    kiosk = make_kiosk(demo_config(central.url, central.token), demo=True, wizards=False)
    client = CentralClient(central.url, central.token, terminal_id="DEMO-01")
    session = client.start_sms_login("+375291234567")  # Анна's phone: an SMS with a code
    assert session is not None
    kiosk.window.set_demo_panel_open(True)
    kiosk.settle()
    panel = kiosk.window.demo_panel
    assert panel is not None and "+375" in "\n".join(texts_of(panel)), "this session's SMS"
    kiosk.kiosk.controller.done()  # the session ends
    kiosk.settle()
    kiosk.window.set_demo_panel_open(True)
    kiosk.settle()
    assert "+375" not in "\n".join(texts_of(panel)), "the next person does not see it"
    client.close()


# --- fullscreen without a window manager ---------------------------------------------------


def test_fullscreen_covers_the_screen_without_a_window_manager(qtbot: QtBot) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.enter_kiosk_mode(fullscreen=True, hide_cursor=False)
    qtbot.waitExposed(window)
    screen = QWidget.screen(window).geometry()
    assert window.geometry() == screen
    assert window.isFullScreen()

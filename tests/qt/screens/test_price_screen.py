"""The price screen as a passive view: every answer in every language, and it fits the smallest
terminal screen (1024x768 below the demo bar) with the longest demo product name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.central.demo_data import PRODUCTS
from kiosk.contract import Localized, Product, ProductDiscount, StorePromotion
from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE
from kiosk.core.flow.price import PriceCheck, PriceOutcome, price_check
from kiosk.qt.app import load_stylesheet
from kiosk.qt.screens.price import PriceScreen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The smallest landscape and portrait terminals, less the demo bar.
SMALLEST = (1024, 768 - 56)
PORTRAIT = (768, 1024 - 56)
WEIGHED = "2100123012343"
MILK = "4810268001017"


@pytest.fixture(params=[SMALLEST, PORTRAIT], ids=["1024x768", "768x1024"])
def screen(qtbot: QtBot, language: str, request: pytest.FixtureRequest) -> PriceScreen:
    view = PriceScreen()
    qtbot.addWidget(view)
    view.set_language(language)
    view.resize(*request.param)
    view.show()
    return view


def longest_product(card_price: str | None = "999.99") -> Product:
    ru, be, en = (max((p[i] for p in PRODUCTS), key=len) for i in (1, 2, 3))
    return Product(
        barcode=MILK,
        name=Localized(ru=ru, be=be, en=en),
        regular_price="999.99",  # above any price of a store's range
        card_price=card_price,
        discount=ProductDiscount(
            promotion=StorePromotion(
                id="d",
                date="2025-06-16",  # type: ignore[arg-type]
                discount_percent=15,
                title=Localized(ru="День скидок", be="Дзень зніжак", en="Discount day"),
            ),
            regular_price="849.99",
            card_price=None if card_price is None else "749.00",
        ),
    )


def check(code: str, product: Product | None, *, unknown: bool = True, holder: bool = False):  # type: ignore[no-untyped-def]
    return price_check(
        DEFAULT_NOMENCLATURE.classify(code), product, unknown=unknown, card_holder=holder
    )


def assert_fits(view: PriceScreen, what: str) -> None:
    QApplication.processEvents()
    need = view.minimumSizeHint()
    what = f"{what} at {view.width()}x{view.height()}"
    assert need.width() <= view.width(), f"{what} needs {need.width()} px of width"
    assert need.height() <= view.height(), f"{what} needs {need.height()} px of height"


@pytest.mark.parametrize("holder", [False, True])
@pytest.mark.parametrize("card_price", ["998.88", None])
def test_every_answer_fits_the_smallest_screen(
    screen: PriceScreen, language: str, holder: bool, card_price: str | None
) -> None:
    screen.set_check(check(MILK, longest_product(card_price), holder=holder))
    side_by_side = screen.ui.pricesLayout.direction() is QBoxLayout.Direction.LeftToRight
    assert side_by_side is (screen.width() >= max(1000, screen.height()))
    assert screen.ui.nameLabel.text() in {
        p[{"ru": 1, "be": 2, "en": 3}[language]] for p in PRODUCTS
    }
    assert_fits(screen, f"{language} found, card price {card_price}, holder {holder}")
    for code, unknown in ((MILK, True), (WEIGHED, True), (MILK, False)):
        screen.set_check(check(code, None, unknown=unknown))
        assert screen.ui.nameLabel.text() and screen.ui.messageLabel.text()
        assert not screen.ui.regularPanel.isVisible()
        assert_fits(screen, f"{language} no price for {code}, unknown {unknown}")


def test_outcomes_of_codes_without_a_price() -> None:
    assert check(MILK, None).outcome is PriceOutcome.NOT_FOUND
    assert check(WEIGHED, None).outcome is PriceOutcome.ASK_AT_COUNTER
    assert check(WEIGHED, None, unknown=False).outcome is PriceOutcome.OFFLINE
    found: PriceCheck = check(MILK, longest_product(), holder=True)
    assert found.outcome is PriceOutcome.FOUND and found.card_holder and found.quote is not None


def test_a_cleared_screen_holds_nothing(screen: PriceScreen) -> None:
    screen.set_check(check(MILK, longest_product(), holder=True))
    screen.clear()
    assert not screen.ui.nameLabel.text() and not screen.ui.codeLabel.text()
    assert not screen.ui.regularPanel.isVisible() and not screen.ui.cardPanel.isVisible()


#: Portrait terminals (less the demo bar), the landscape screen each becomes turned, and
#: whether the portrait one has the room for larger prices (the longest name takes three
#: lines on the small one).
TURNED = [((1080, 1920), (1920, 1080), True), ((768, 1024), (1024, 768), False)]


@pytest.mark.parametrize("portrait, landscape, larger", TURNED, ids=["1080x1920", "768x1024"])
def test_on_a_portrait_screen_the_prices_stand_one_above_the_other_as_tall_as_they_need(
    qtbot: QtBot,
    qapp: QApplication,
    portrait: tuple[int, int],
    landscape: tuple[int, int],
    larger: bool,
) -> None:
    theme = load_stylesheet(qapp)
    try:
        theme.set_size(*portrait)
        view = PriceScreen()
        qtbot.addWidget(view)
        view.resize(portrait[0], portrait[1] - 56)
        view.show()
        view.set_check(check(MILK, longest_product(), holder=True))
        for _ in range(3):
            QApplication.processEvents()
        ui = view.ui
        assert ui.pricesLayout.direction() is QBoxLayout.Direction.TopToBottom
        regular, card = ui.regularPanel.geometry(), ui.cardPanel.geometry()
        assert card.top() > regular.bottom(), "the card price stands under the regular one"
        for panel in (ui.regularPanel, ui.cardPanel):
            needs = panel.heightForWidth(panel.width())
            assert panel.height() <= needs, f"{panel.objectName()} is taller than its content"
        for label in (ui.regularPriceLabel, ui.cardPriceLabel):
            assert label.height() >= label.minimumSizeHint().height(), "a price is cut off"
        # The room the answer leaves is not all one gap above the actions.
        above = _top_in(view, ui.headingLabel)
        below = ui.doneButton.geometry().top() - (
            _top_in(view, ui.installmentLabel) + ui.installmentLabel.height()
        )
        assert abs(above - below) < view.height() // 10, (above, below)
        tall_px = ui.cardPriceLabel.font().pixelSize()

        theme.set_size(*landscape)
        view.resize(landscape[0], landscape[1] - 56)
        QApplication.processEvents()
        assert ui.pricesLayout.direction() is QBoxLayout.Direction.LeftToRight
        assert ui.regularPanel.geometry().top() == ui.cardPanel.geometry().top()
        wide_px = ui.cardPriceLabel.font().pixelSize()
        assert 0 < wide_px <= tall_px
        assert (wide_px < tall_px) is larger, "larger prices on a portrait screen with room"
        assert _top_in(view, ui.headingLabel) == ui.rootLayout.contentsMargins().top()
        assert_fits(view, "the same answer turned to landscape")
    finally:
        qapp.setStyleSheet("")


def _top_in(view: PriceScreen, widget: QWidget) -> int:
    """Where ``widget`` starts on the screen (it sits in the scrolled middle)."""
    return widget.mapTo(view, QPoint(0, 0)).y()

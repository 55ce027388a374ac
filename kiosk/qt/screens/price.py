"""The price checker's screen: a scanned product's name, its regular and card-holder price,
what the card saves, today's store-wide discount, or why there is no price to show.

A passive view: the flow decides what the answer is (:class:`kiosk.core.flow.price.PriceCheck`) and
when the screen goes; this only writes it in the shopper's language.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.core.flow.price import PriceCheck, PriceOutcome, PriceQuote
from kiosk.qt.forms.ui_price import Ui_PriceScreen
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import Screen, arg, plain
from kiosk.qt.screens.formatting import format_money
from kiosk.qt.shell.theme import set_style_property

#: The currency beside a price is half the price's size (QLabel[role="price"] in the stylesheet).
_CURRENCY_SHARE = 0.5
#: The currency's size when the price label's font gives no pixel size.
_CURRENCY_PX = 36
#: Narrower than this (768 px landscape would be), the two prices stand one above the other.
SIDE_BY_SIDE_MIN_WIDTH = 1000
#: The dynamic property that makes the prices larger on a portrait screen (the stylesheet's
#: QLabel[role="price"][tall="true"]), where they stand one above the other.
TALL_PROPERTY = "tall"
#: On a portrait screen the room between the parts of the answer, and inside a price's panel
#: (left, top, right, bottom), is larger than the form's (which is for landscape).
TALL_SPACING = 28
TALL_PANEL_MARGINS = (36, 28, 36, 28)


class PriceScreen(Screen):
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_PriceScreen())
        ui = self.ui
        self._check: PriceCheck | None = None
        for label in (ui.nameLabel, ui.messageLabel, ui.discountLabel, ui.codeLabel):
            plain(label)  # product names and promotion titles come from the central
        for label in (ui.regularPriceLabel, ui.cardPriceLabel):
            label.setTextFormat(Qt.TextFormat.RichText)  # our own digits, escaped anyway
            # The currency follows the price's size, which the theme sets per screen.
            label.installEventFilter(self)
        ui.doneButton.clicked.connect(self.done_requested)
        enable_touch_scrolling(ui.contentScroll)
        # The larger prices are given up as soon as the middle turns out taller than its room.
        ui.contentBox.installEventFilter(self)
        self._tall = False
        #: The form's spacing and panel margins, for a landscape screen.
        self._wide_spacing = ui.contentBoxLayout.spacing()
        self._wide_panel_margins = ui.regularLayout.contentsMargins()
        self.retranslate()

    # -- data in ----------------------------------------------------------------------------

    def set_check(self, check: PriceCheck) -> None:
        self._check = check
        self.retranslate()

    def clear(self) -> None:
        self._check = None
        self.retranslate()

    def view_needs(self) -> ViewNeeds:
        """Done always; the product (or why there is no price) and the two prices with their
        captions on arrival; the invitation and the notes scroll."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.doneButton,),
            on_arrival=(
                ui.nameLabel,
                ui.messageLabel,
                ui.regularCaption,
                ui.regularPriceLabel,
                ui.cardCaption,
                ui.cardPriceLabel,
            ),
            scroll=ui.contentScroll,
        )

    # -- layout ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._arrange(self.width())
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.contentBox and event.type() == QEvent.Type.Resize:
            self._keep_tall_only_if_it_fits()
        elif event.type() == QEvent.Type.FontChange and watched in (
            self.ui.regularPriceLabel,
            self.ui.cardPriceLabel,
        ):
            self._show_current_prices()
        return super().eventFilter(watched, event)

    def _arrange(self, width: int) -> None:
        """Side by side on a landscape screen; on a portrait or narrow one the prices stand
        one above the other, each panel as tall as its content, the prices larger on a
        portrait screen (it has the height for them)."""
        # A fullscreen window is as wide as its screen: the side-by-side prices must not make
        # it grow past a narrow screen's edge before the first resize.
        window = self.window()
        screen = self.screen()
        if screen is not None and window.isFullScreen():
            width = min(width, screen.geometry().width())
        # The window's shape, not the screen's: with large text the screen may scroll, and be
        # taller than the window.
        portrait = window.height() > window.width()
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= SIDE_BY_SIDE_MIN_WIDTH and not portrait
            else QBoxLayout.Direction.TopToBottom
        )
        ui = self.ui
        if ui.pricesLayout.direction() != direction:
            ui.pricesLayout.setDirection(direction)
        # On a portrait screen the answer stands in the middle of the room above the actions,
        # not at its top above a gap as tall as the answer.
        ui.upperSpacer.changeSize(
            0,
            0,
            QSizePolicy.Policy.Minimum,
            QSizePolicy.Policy.Expanding if portrait else QSizePolicy.Policy.Fixed,
        )
        self._set_tall(portrait)
        # The larger prices and room only where they fit (a long name in Belarusian on a
        # 768×1024 screen, large text).
        if portrait and not self._fits(width):
            self._set_tall(False)

    def _keep_tall_only_if_it_fits(self) -> None:
        """What the middle needs is known for sure only once its texts have their fonts and
        have wrapped, after the decision: a middle that scrolls with the larger prices gets
        the smaller ones."""
        content, room = self.ui.contentBox, self.ui.contentScroll.viewport()
        if self._tall and content.height() > room.height():
            self._set_tall(False)

    def _set_tall(self, tall: bool) -> None:
        self._tall = tall
        ui = self.ui
        ui.contentBoxLayout.setSpacing(TALL_SPACING if tall else self._wide_spacing)
        for layout in (ui.regularLayout, ui.cardLayout):
            if tall:
                layout.setContentsMargins(*TALL_PANEL_MARGINS)
            else:
                layout.setContentsMargins(self._wide_panel_margins)
        for label in (ui.regularPriceLabel, ui.cardPriceLabel):
            set_style_property(label, TALL_PROPERTY, tall)
        ui.contentBoxLayout.invalidate()

    def _fits(self, width: int) -> bool:
        ui = self.ui
        margins = ui.rootLayout.contentsMargins()
        room = width - margins.left() - margins.right()
        if any(panel.minimumSizeHint().width() > room for panel in (ui.regularPanel, ui.cardPanel)):
            return False
        # The room the window gives (the screen sits in a scroll area, which may let it be
        # taller than that).
        parent = self.parentWidget()
        room_height = parent.height() if parent is not None else self.height()
        return self._least_height() <= room_height

    # -- rendering --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._render()
        # Whether the larger prices fit depends on the answer (a long name, a second panel).
        self._arrange(self.width())

    def _render(self) -> None:
        check = self._check
        ui = self.ui
        found = check is not None and check.outcome is PriceOutcome.FOUND
        for widget in (
            ui.regularPanel,
            ui.cardPanel,
            ui.discountLabel,
            ui.inviteLabel,
            ui.installmentLabel,
        ):
            widget.setVisible(found)
        ui.messageLabel.setVisible(not found)
        ui.codeLabel.setText(arg(self.tr("Code %1"), check.code) if check is not None else "")
        if check is None:
            for label in (ui.nameLabel, ui.messageLabel):
                label.clear()
            return
        if check.product is None or check.quote is None:
            title, message = self._no_price_texts(check.outcome)
            ui.nameLabel.setText(title)
            ui.messageLabel.setText(message)
            return
        ui.nameLabel.setText(check.product.name.get(self.language))
        self._show_prices(check.quote, check.card_holder)

    def _show_current_prices(self) -> None:
        if self._check is not None and self._check.quote is not None:
            self._write_prices(self._check.quote)

    def _write_prices(self, quote: PriceQuote) -> None:
        ui = self.ui
        ui.regularPriceLabel.setText(
            self._price(ui.regularPriceLabel, quote.regular, quote.currency)
        )
        if quote.card is not None:
            ui.cardPriceLabel.setText(self._price(ui.cardPriceLabel, quote.card, quote.currency))

    def _show_prices(self, quote: PriceQuote, card_holder: bool) -> None:
        ui = self.ui
        self._write_prices(quote)
        promotion = quote.promotion
        shelf = ""
        if promotion is not None and quote.shelf_regular != quote.regular:
            shelf = arg(self.tr("Shelf tag: %1"), self._money(quote.shelf_regular, quote.currency))
        ui.regularShelfLabel.setText(shelf)
        ui.regularShelfLabel.setVisible(bool(shelf))

        ui.cardPanel.setVisible(quote.card is not None)
        if quote.card is not None:
            ui.cardCaption.setText(
                self.tr("Your price with your card") if card_holder else self.tr("Card price")
            )
            saving = ""
            if quote.saving is not None:
                saving = arg(
                    self.tr("You save %1 (%2%)")
                    if card_holder
                    else self.tr("A card saves %1 (%2%)"),
                    self._money(quote.saving, quote.currency),
                    quote.saving_percent,
                )
            ui.savingLabel.setText(saving)
            ui.savingLabel.setVisible(bool(saving))

        ui.discountLabel.setVisible(promotion is not None)
        if promotion is not None:
            ui.discountLabel.setText(
                arg(
                    self.tr("%1 today: −%2% on the whole range, already in these prices."),
                    promotion.title.get(self.language),
                    promotion.discount_percent,
                )
            )
        if card_holder:
            invite = self.tr("Show your card at the checkout and the card price is yours.")
        elif quote.card is None:
            invite = self.tr(
                "This product has one price for everyone. Scan your card to check another "
                "product, or register a card at this kiosk."
            )
        else:
            invite = self.tr(
                "Scan your card to see your price. No card yet? Register one at this kiosk: "
                "card prices work from the first purchase."
            )
        ui.inviteLabel.setText(invite)

    def _no_price_texts(self, outcome: PriceOutcome) -> tuple[str, str]:
        if outcome is PriceOutcome.ASK_AT_COUNTER:
            return (
                self.tr("Ask at the counter for this item's price"),
                self.tr(
                    "Weighed goods and items made in the store are priced on their label or at "
                    "the counter."
                ),
            )
        if outcome is PriceOutcome.OFFLINE:
            return (
                self.tr("Prices cannot be checked right now"),
                self.tr(
                    "Please look at the shelf tag or ask a cashier, or try again in a few minutes."
                ),
            )
        return (
            self.tr("No price for this product"),
            self.tr("Please ask a cashier: they will check the price for you."),
        )

    def _money(self, amount: Decimal, currency: str) -> str:
        return format_money(f"{amount:.2f}", currency, self.language)

    def _price(self, label: QLabel, amount: Decimal, currency: str) -> str:
        """A big price with its currency at half the size of ``label``'s font, so that two
        prices of up to 999,99 side by side fit a 1024 px wide screen."""
        number, _, unit = self._money(amount, currency).rpartition("\u00a0")
        price_px = label.font().pixelSize()
        currency_px = round(price_px * _CURRENCY_SHARE) if price_px > 0 else _CURRENCY_PX
        currency_style = f"font-size: {currency_px}px"
        return (
            f'{html.escape(number)}<span style="{currency_style}">&nbsp;{html.escape(unit)}</span>'
        )

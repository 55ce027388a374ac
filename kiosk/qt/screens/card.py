"""The card screen: a registered card's balance, offers and today's promotions.

The card is shown by its masked number only, without a barcode: a scannable barcode of the
full number on a public screen would give away what the masking hides (docs/privacy.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QWidget

from kiosk.core.runtime.masking import mask_card
from kiosk.qt.forms.ui_card import Ui_CardScreen
from kiosk.qt.forms.ui_offer_item import Ui_OfferItem
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import Screen, arg, plain
from kiosk.qt.screens.formatting import format_date, format_money, format_points
from kiosk.qt.shell.theme import set_style_property
from kiosk.qt.widgets.styled import wrapped_label

if TYPE_CHECKING:
    from kiosk.contract import CardInfo, LinkedCard, Offer, StorePromotion


class OfferItem(QFrame):
    """One personal offer; the birthday offer is highlighted."""

    def __init__(self, offer: Offer, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OfferItem()
        self.ui.setupUi(self)
        for label in (self.ui.titleLabel, self.ui.descriptionLabel):
            plain(label)
        self.offer = offer
        self.language = language
        self.is_birthday = offer.kind == "birthday"
        set_style_property(self, "highlight", self.is_birthday)
        self.ui.badgeLabel.setVisible(self.is_birthday)
        self._render()

    def _render(self) -> None:
        self.ui.titleLabel.setText(self.offer.title.get(self.language))
        self.ui.descriptionLabel.setText(self.offer.description.get(self.language))
        self.ui.validityLabel.setText(
            arg(self.tr("Valid until %1"), format_date(self.offer.valid_to, self.language))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)


class CardScreen(Screen):
    done_requested = Signal()
    add_card_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_CardScreen())
        # With large text the middle scrolls, the buttons under it stay in view.
        enable_touch_scrolling(self.ui.contentScroll)
        for label in (
            self.ui.greetingLabel,
            self.ui.pointsLabel,
            self.ui.valueLabel,
            self.ui.promotionsLabel,
            self.ui.linkedCardsLabel,
            self.ui.cardNumberLabel,
        ):
            plain(label)
        self.ui.doneButton.clicked.connect(self.done_requested)
        self.ui.addCardButton.clicked.connect(self.add_card_requested)
        # Where "add a card" would be: an account that is full is told so before anyone signs
        # in to find it out.
        self.card_limit_label = wrapped_label(role="note")
        self.card_limit_label.setObjectName("cardLimitLabel")
        self.ui.actionsLayout.insertWidget(1, self.card_limit_label, 1)
        self._add_card_available = False
        self._card_limit_reached = False
        # The balance panel's texts at its top, however tall the panel.
        self.ui.balanceLayout.addStretch(1)
        # Portrait: the balance above the offers, each as wide as the screen; the offers get
        # the height left.
        self.ui.bodyLayout.setStretch(0, 0)
        self.ui.bodyLayout.setStretch(1, 1)
        self.stack_when_narrow(self.ui.bodyLayout)
        self.stack_when_narrow(self.ui.headerLayout)
        self.stack_when_narrow(self.ui.actionsLayout, in_portrait=False)
        self._card: CardInfo | None = None
        self._offer_items: list[OfferItem] = []
        self.clear()

    # -- data in ----------------------------------------------------------------------------

    def set_card(self, card: CardInfo, *, card_limit_reached: bool = False) -> None:
        """``card_limit_reached``: the account holds the most cards the program allows."""
        self.clear()
        self._card = card
        self._card_limit_reached = card_limit_reached
        self._show_add_card()
        self.ui.cardNumberLabel.setText(mask_card(card.number))
        account = card.account
        offers = account.offers if account is not None else []
        # The birthday offer leads: it is the one that expires within days.
        for offer in sorted(offers, key=lambda o: o.kind != "birthday"):
            item = OfferItem(offer, self.language, self.ui.offersContent)
            self.ui.offersLayout.insertWidget(len(self._offer_items), item)
            self._offer_items.append(item)
        self.retranslate()

    def set_add_card_available(self, available: bool) -> None:
        self._add_card_available = available
        self._show_add_card()

    def _show_add_card(self) -> None:
        full = self._card_limit_reached
        self.ui.addCardButton.setVisible(self._add_card_available and not full)
        self.card_limit_label.setVisible(self._add_card_available and full)

    def set_language(self, language: str) -> None:
        super().set_language(language)
        for item in self._offer_items:
            item.language = language

    def offer_items(self) -> list[OfferItem]:
        return list(self._offer_items)

    def clear(self) -> None:
        self._card = None
        self._card_limit_reached = False
        for item in self._offer_items:
            self.ui.offersLayout.removeWidget(item)
            item.hide()
            item.deleteLater()
        self._offer_items.clear()
        for label in (
            self.ui.greetingLabel,
            self.ui.statusLabel,
            self.ui.pointsLabel,
            self.ui.valueLabel,
            self.ui.cardPricesLabel,
            self.ui.promotionsLabel,
            self.ui.linkedCardsLabel,
            self.ui.cardNumberLabel,
            self.card_limit_label,
        ):
            label.clear()
        self._show_add_card()
        self.ui.noOffersLabel.hide()

    def view_needs(self) -> ViewNeeds:
        """Done and adding a card (or why no more can be added) always; whose card it is, its
        status and the balance on arrival; the offers and the rest scroll."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.doneButton, ui.addCardButton, self.card_limit_label),
            on_arrival=(ui.greetingLabel, ui.statusLabel, ui.pointsCaption, ui.pointsLabel),
            scroll=ui.contentScroll,
        )

    # -- rendering --------------------------------------------------------------------------

    def retranslate(self) -> None:
        card = self._card
        if card is None:
            return
        account = card.account
        language = self.language
        if account is not None:
            self.ui.greetingLabel.setText(arg(self.tr("Hello, %1!"), account.first_name))
            self.ui.pointsLabel.setText(format_points(account.points, language))
            self.ui.valueLabel.setText(
                arg(
                    self.tr("worth %1 towards your purchases"),
                    format_money(
                        account.points_value.amount, account.points_value.currency, language
                    ),
                )
            )
            self.ui.linkedCardsLabel.setText(
                "\n".join(self._linked_card_line(card, linked) for linked in account.cards)
            )
            self.card_limit_label.setText(
                arg(
                    self.tr(
                        "Your account already has %1 cards, the most allowed: no more can be added."
                    ),
                    len(account.cards),
                )
            )
        else:
            self.ui.greetingLabel.setText(self.tr("Your card"))
        has_account = account is not None
        for widget in (
            self.ui.pointsCaption,
            self.ui.pointsLabel,
            self.ui.valueLabel,
            self.ui.linkedCardsCaption,
            self.ui.linkedCardsLabel,
        ):
            widget.setVisible(has_account)
        self.ui.statusLabel.setText(self._status_text(card))
        set_style_property(
            self.ui.statusLabel, "tone", "ok" if card.status == "active" else "warning"
        )
        self.ui.cardPricesLabel.setText(
            self.tr("Card-holder prices apply to your purchases at the checkout.")
            if card.card_prices
            else ""
        )
        self.ui.noOffersLabel.setVisible(not self._offer_items)
        promotions = self._promotions_text(card.promotions_today)
        self.ui.promotionsLabel.setText(promotions)
        self.ui.promotionsLabel.setVisible(bool(promotions))

    def _status_text(self, card: CardInfo) -> str:
        if card.status == "active":
            return self.tr("Card active")
        if card.status == "issued":
            return self.tr("Not registered")
        if card.status == "blocked":
            return self.tr("Card blocked")
        return self.tr("Not activated")

    def _linked_card_line(self, card: CardInfo, linked: LinkedCard) -> str:
        if linked.masked == mask_card(card.number):
            note = self.tr("this card")
        elif linked.kind == "partner":
            note = self.tr("Motsnaya Kartka")
        else:
            note = self.tr("store card")
        if linked.status == "blocked":
            note += ", " + self.tr("blocked")
        return f"{linked.masked}  ·  {note}"

    def _promotions_text(self, promotions: list[StorePromotion]) -> str:
        return "\n".join(
            arg(
                self.tr("Today: %1% off everything — %2"),
                promotion.discount_percent,
                promotion.title.get(self.language),
            )
            for promotion in promotions
        )

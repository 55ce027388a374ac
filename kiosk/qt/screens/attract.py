"""The start screen: scan prompt, language switch and the ways in without a scan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.core.flow import ReadingAids
from kiosk.qt.forms.ui_attract import Ui_AttractScreen
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.resources import resource_path
from kiosk.qt.screens.base import Screen, arg, plain

if TYPE_CHECKING:
    from kiosk.contract import StorePromotion


class AttractScreen(Screen):
    language_chosen = Signal(str)
    manual_entry_requested = Signal()
    program_requested = Signal()
    registration_requested = Signal()
    #: Large text or high contrast tapped: the reading aids the shopper wants now.
    reading_aids_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_AttractScreen())
        # With large text the middle scrolls, the buttons under it stay in view.
        enable_touch_scrolling(self.ui.contentScroll)
        self.ui.scanIllustration.load(str(resource_path("images", "scan_card.svg")))
        self.language_buttons: dict[str, QPushButton] = {
            "ru": self.ui.langRuButton,
            "be": self.ui.langBeButton,
            "en": self.ui.langEnButton,
        }
        for language, button in self.language_buttons.items():
            button.clicked.connect(lambda _=False, lang=language: self.language_chosen.emit(lang))
        self.ui.manualEntryButton.clicked.connect(self.manual_entry_requested)
        self.ui.programButton.clicked.connect(self.program_requested)
        self.ui.registerButton.clicked.connect(self.registration_requested)
        self.ui.largeTextButton.clicked.connect(self._aids_tapped)
        self.ui.contrastButton.clicked.connect(self._aids_tapped)
        # Measured first: whether Register fits beside them depends on how they stand.
        self.stack_when_narrow(self.ui.cardActionsLayout, in_portrait=False)
        self.stack_when_narrow(self.ui.actionsLayout)
        self.stack_when_narrow(self.ui.topBarLayout, in_portrait=False)
        self.stack_when_narrow(self.ui.aidsLayout, in_portrait=False)
        self.optional_when_short(self.ui.scanIllustration)
        plain(self.ui.promotionLabel)
        self._promotion: StorePromotion | None = None
        self._large_text = False
        self._gaps = {
            layout: layout.spacing()
            for layout in (self.ui.messageLayout, self.ui.rootLayout, self.ui.actionsLayout)
        }
        self._bottom_margin = self.ui.rootLayout.contentsMargins().bottom()
        self.set_language(self.language)
        self.retranslate()

    def set_language(self, language: str) -> None:
        super().set_language(language)
        if language in self.language_buttons:
            self.language_buttons[language].setChecked(True)

    def set_reading_aids(self, aids: ReadingAids) -> None:
        self.ui.largeTextButton.setChecked(aids.large_text)
        self.ui.contrastButton.setChecked(aids.high_contrast)
        if aids.large_text != self._large_text:
            self._large_text = aids.large_text
            self._narrow_gaps(aids.large_text)
            self.retranslate()

    def _narrow_gaps(self, narrow: bool) -> None:
        """Large text: the gaps below the reading aids at half their width (the form's), so
        that the instruction, its subtitle and today's discount are in view as the screen
        comes up; the aids and the rows above them keep their place."""
        divisor = 2 if narrow else 1
        for layout, spacing in self._gaps.items():
            layout.setSpacing(spacing // divisor)
        margins = self.ui.rootLayout.contentsMargins()
        margins.setBottom(self._bottom_margin // divisor)
        self.ui.rootLayout.setContentsMargins(margins)

    def _aids_tapped(self) -> None:
        self.reading_aids_chosen.emit(
            ReadingAids(
                large_text=self.ui.largeTextButton.isChecked(),
                high_contrast=self.ui.contrastButton.isChecked(),
            )
        )

    def set_registration_available(self, available: bool) -> None:
        self.ui.registerButton.setVisible(available)

    def set_today_promotion(self, promotion: StorePromotion | None) -> None:
        """Today's store-wide discount, if any (not personal: survives resets)."""
        self._promotion = promotion
        self.retranslate()

    def view_needs(self) -> ViewNeeds:
        """The ways in without a scan and the reading aids always (a person who needs large text
        must not have to look for its button); what to do, and today's discount, on arrival."""
        ui = self.ui
        return ViewNeeds(
            always=(
                ui.largeTextButton,
                ui.contrastButton,
                *self.language_buttons.values(),
                ui.manualEntryButton,
                ui.programButton,
                ui.registerButton,
            ),
            on_arrival=(ui.titleLabel, ui.hintLabel, ui.promotionLabel),
            scroll=ui.contentScroll,
            may_go=(ui.scanIllustration,),
        )

    def retranslate(self) -> None:
        if self._large_text:
            # The long subtitle would push today's discount below the fold.
            self.ui.hintLabel.setText(self.tr("Hold the card's barcode under the scanner"))
        else:
            self.ui.hintLabel.setText(
                self.tr(
                    "Hold the barcode of your loyalty card under the scanner to see your bonus "
                    "points and personal offers"
                )
            )
        promotion = self._promotion
        if promotion is None:
            self.ui.promotionLabel.clear()
            self.ui.promotionLabel.hide()
            return
        self.ui.promotionLabel.setText(
            arg(
                self.tr("Today: %1% off everything — %2"),
                promotion.discount_percent,
                promotion.title.get(self.language),
            )
        )
        self.ui.promotionLabel.show()

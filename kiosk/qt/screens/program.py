"""About the program: rules, organizer, requirements, contacts and today's discount."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk.qt.forms.ui_program import Ui_ProgramScreen
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import Screen, arg, plain
from kiosk.qt.screens.formatting import format_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.contract import ProgramInfo

#: A section heading's number: "4. ", "4.2. ", "4.2 " (not a heading's "2026 ...").
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.\s+|^\d+(?:\.\d+)+\s+")


class ProgramScreen(Screen):
    back_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_ProgramScreen())
        self._today = today
        for label in (
            self.ui.discountLabel,
            self.ui.generalLabel,
            self.ui.rulesLabel,
            self.ui.requirementsLabel,
            self.ui.installmentLabel,
            self.ui.organizerLabel,
            self.ui.contactsLabel,
        ):
            plain(label)
        enable_touch_scrolling(self.ui.scrollArea)
        self.ui.backButton.clicked.connect(self.back_requested)
        self._program: ProgramInfo | None = None
        self.retranslate()

    def set_program(self, program: ProgramInfo) -> None:
        self._program = program
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # Every visit starts at the top.
        self.ui.scrollArea.verticalScrollBar().setValue(0)
        self._relayout()
        super().showEvent(event)

    def _relayout(self) -> None:
        # The wrapped texts' heights depend on the width the scroll area gives them; a layout
        # computed while the screen was hidden keeps one-line heights until told to redo it.
        self.ui.contentLayout.invalidate()
        self.ui.contentWidget.updateGeometry()

    def view_needs(self) -> ViewNeeds:
        """Back always, the title on arrival; the rules scroll."""
        ui = self.ui
        return ViewNeeds(always=(ui.backButton,), on_arrival=(ui.titleLabel,), scroll=ui.scrollArea)

    def retranslate(self) -> None:
        program = self._program
        if program is None:
            self.ui.discountLabel.hide()
            return
        language = self.language
        today = self._today()
        todays = [p for p in program.promotions if p.date == today]
        upcoming = sorted((p for p in program.promotions if p.date > today), key=lambda p: p.date)
        lines = [
            arg(
                self.tr("Today: %1% off everything — %2"), p.discount_percent, p.title.get(language)
            )
            for p in todays
        ]
        lines += [
            arg(
                self.tr("%1: %2% off everything — %3"),
                format_date(p.date, language),
                p.discount_percent,
                p.title.get(language),
            )
            for p in upcoming
        ]
        self.ui.discountLabel.setText("\n".join(lines))
        self.ui.discountLabel.setVisible(bool(lines))
        self.ui.generalLabel.setText(program.general_info.get(language))
        shown_above = [
            program.general_info.get(language),
            program.requirements.get(language),
            program.installment_card_rule.get(language),
        ]
        self.ui.rulesLabel.setText(
            rules_without_repeats(program.rules.get(language), shown_above)
            + "\n\n"
            + arg(self.tr("Rules version %1."), program.rules_version)
        )
        self.ui.requirementsLabel.setText(program.requirements.get(language))
        self.ui.installmentLabel.setText(program.installment_card_rule.get(language))
        organizer = program.organizer
        self.ui.organizerLabel.setText(
            "\n".join(
                [
                    organizer.name.get(language),
                    organizer.address.get(language),
                    arg(self.tr("Taxpayer number (UNP): %1"), organizer.unp),
                ]
            )
        )
        self.ui.contactsLabel.setText(
            "\n".join(
                [
                    arg(
                        self.tr("Phone: %1 (%2)"),
                        program.support_phone,
                        _lower_first(program.support_phone_note.get(language)),
                    ),
                    arg(self.tr("Website: %1"), program.website),
                ]
            )
        )
        self._relayout()


def rules_without_repeats(rules: str, shown: list[str]) -> str:
    """The rules without the sections whose text the screen shows above already, word for word
    (the program's general information is usually the rules' first section).

    Once a section is left out the sections' numbers would skip ("2.", "4.", ...), and numbers
    of our own would not match the rules' document a shopper may quote: the headings then go
    without numbers."""
    repeated = {_words(text) for text in shown if text.strip()}
    blocks = rules.split("\n\n")
    kept = []
    for block in blocks:
        _heading, _, body = block.partition("\n")
        if body and _words(body) in repeated:
            continue
        kept.append(block)
    if len(kept) < len(blocks):
        kept = [_without_number(block) for block in kept]
    return "\n\n".join(kept)


def _without_number(block: str) -> str:
    """A section's heading without its number ("4. Registration" -> "Registration")."""
    heading, newline, body = block.partition("\n")
    if not body:
        return block  # not a section: the title, or a paragraph of one line
    return _SECTION_NUMBER.sub("", heading, count=1) + newline + body


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _lower_first(text: str) -> str:
    """'Звонки бесплатные' reads as part of the sentence in brackets: 'звонки бесплатные'."""
    return text[:1].lower() + text[1:]

"""The program screen ("О программе"): the rules' sections already shown above are left out,
and the sections left do not read as if some were missing ("2.", "4.", "5." ...)."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.client import CentralClient
from kiosk.qt.screens.program import ProgramScreen, rules_without_repeats

RULES = "\n\n".join(
    [
        "Rules of the program",
        "1. General\nCards give card-holder prices.",
        "2. Organizer\nMila Retail.",
        "3. Participants\nAnyone aged 16.",
        "4. Support\nPhone 8 800.",
    ]
)


def section_numbers(rules: str) -> list[int]:
    return [int(n) for n in re.findall(r"^(\d+)\.", rules, flags=re.MULTILINE)]


def test_sections_left_out_take_the_numbers_with_them() -> None:
    shown = rules_without_repeats(RULES, ["Cards give card-holder prices.", "Anyone aged 16."])
    assert shown == "Rules of the program\n\nOrganizer\nMila Retail.\n\nSupport\nPhone 8 800."


def test_the_rules_whole_keep_their_numbers() -> None:
    assert rules_without_repeats(RULES, ["Something else."]) == RULES


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_the_demo_programs_rules_are_not_numbered_with_gaps(
    qtbot: QtBot, client: CentralClient, language: str
) -> None:
    program = client.program_info()
    screen = ProgramScreen()
    qtbot.addWidget(screen)
    screen.set_language(language)
    screen.set_program(program)
    text = screen.ui.rulesLabel.text()
    numbers = section_numbers(text)
    assert numbers == list(range(1, len(numbers) + 1)), text
    assert program.general_info.get(language) not in text, "shown above, not again"
    assert program.organizer.unp in text, "the other sections stay"

"""The registration wizard's pages say which card is being registered once it is known: given at
the start (a cashier's hand-over, the not-registered card screen) or scanned and accepted."""

from __future__ import annotations

from typing import Any

from kiosk.core.wizards.registration.flow import RegistrationFlow, ShowStep
from kiosk.core.wizards.registration.form import Step
from tests.core.wizards.test_registration_core import CARD, TODAY, make_program
from tests.core.wizards.test_registration_flow import Clock, card, the_ask


def shown(commands: list[Any]) -> ShowStep:
    [step] = [c for c in commands if isinstance(c, ShowStep)]
    return step


def new_flow() -> RegistrationFlow:
    return RegistrationFlow(clock=Clock(), today=lambda: TODAY)


def test_a_card_given_at_the_start_is_shown_on_the_first_page() -> None:
    step = shown(new_flow().begin(make_program(), CARD))
    assert (step.step, step.card) == (Step.PHONE, CARD)


def test_a_card_to_scan_is_shown_once_accepted() -> None:
    flow = new_flow()
    assert shown(flow.begin(make_program(), None)).card == "", "not known yet"
    lookup = the_ask(flow.card_scanned(CARD))
    step = shown(flow.answered(lookup, card("issued")))
    assert (step.step, step.card) == (Step.PHONE, CARD)


def test_the_card_is_not_in_the_commands_repr() -> None:
    assert CARD not in repr(ShowStep(Step.PHONE, 1, 7, card=CARD))

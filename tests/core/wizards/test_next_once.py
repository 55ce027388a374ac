"""Each wizard step's 'Next' is taken once: not while the check it started is on its way, not
once the wizard left the step it was tapped on (the second tap of a double tap, a tap queued
behind the step's change). Qt-free: events in, commands out."""

from __future__ import annotations

from kiosk.core.wizards.add_card.flow import AddCardFlow, AddCardTyped
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.core.wizards.registration.flow import RegistrationFlow, ShowStep
from kiosk.core.wizards.registration.form import Step
from tests.core.wizards.test_add_card_flow import ANNA, session
from tests.core.wizards.test_registration_core import CARD, TODAY, make_program
from tests.core.wizards.test_registration_flow import asks, card, the_ask, typed


def _registration() -> RegistrationFlow:
    flow = RegistrationFlow(clock=lambda: 1000.0, today=lambda: TODAY)
    flow.begin(make_program(), CARD)
    return flow


def test_a_second_next_for_a_step_left_is_ignored() -> None:
    flow = _registration()
    assert flow.steps is not None
    for _ in range(3):  # phone, names, gender and birth date
        flow.next(typed(), shown=flow.steps.step)
    assert flow.steps.step is Step.CONTACT
    assert ShowStep(Step.PASSWORD, 5, 7) in flow.next(typed(), shown=Step.CONTACT)
    assert flow.next(typed(), shown=Step.CONTACT) == []  # the address step's again
    assert flow.steps.step is Step.PASSWORD


def test_next_for_the_step_on_screen_is_taken_each_time_it_is_tapped() -> None:
    flow = _registration()
    # A problem keeps the step: its Next is taken again once corrected.
    assert flow.next(typed(phone=""), shown=Step.PHONE) != []
    assert ShowStep(Step.NAMES, 2, 7) in flow.next(typed(), shown=Step.PHONE)
    # Without the step (who taps cannot say), Next is the step the wizard is on.
    assert ShowStep(Step.PERSONAL, 3, 7) in flow.next(typed())


def test_next_is_ignored_while_its_check_is_on_the_way() -> None:
    flow = RegistrationFlow(clock=lambda: 1000.0, today=lambda: TODAY)
    flow.begin(make_program(), None)
    lookup = the_ask(flow.next(typed(card_number=CARD), shown=Step.CARD))
    assert flow.next(typed(card_number=CARD), shown=Step.CARD) == []
    assert ShowStep(Step.PHONE, 2, 8) in flow.answered(lookup, card("issued"))
    assert flow.next(typed(card_number=CARD), shown=Step.CARD) == []  # the card step was left


def test_the_add_card_wizard_takes_each_steps_next_once() -> None:
    flow = AddCardFlow(clock=lambda: 500.0)
    flow.begin(None)
    sign_in = the_ask(flow.next(ANNA, shown=AddCardStep.SIGN_IN))
    assert flow.next(ANNA, shown=AddCardStep.SIGN_IN) == []  # signing in
    flow.answered(sign_in, session())
    assert flow.steps is not None and flow.steps.step is AddCardStep.SCAN
    assert flow.next(ANNA, shown=AddCardStep.SIGN_IN) == []  # signed in already
    card_typed = AddCardTyped(card_number=CARD)
    assert asks(flow.next(card_typed, shown=AddCardStep.SCAN)) != []  # the scan page's own

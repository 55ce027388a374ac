"""A staff badge scanned while a wizard is open is said to be a badge, not a misread; the
wizard and the shopper's session stay as they were."""

from __future__ import annotations

import pytest

from kiosk.core.codes.nomenclature import DEFAULT_RULES, CodeKind, Encoding, Nomenclature, Rule
from kiosk.core.flow import Flow, Notice, ShowNotice, State
from tests.core.flow.test_flow import ANNA, lookup, make_card
from tests.support.fake_clocks import KioskClock

BADGE = "B0001"


@pytest.fixture
def wizard_flow(clock: KioskClock) -> Flow:
    return Flow(clock=clock, plugged_in=(State.REGISTRATION, State.ADD_CARD, State.CASHIER))


def test_a_badge_in_the_registration_wizard(wizard_flow: Flow) -> None:
    wizard_flow.start_registration()
    assert wizard_flow.scan(BADGE) == [ShowNotice(Notice.STAFF_BADGE_IN_WIZARD)]
    assert wizard_flow.state is State.REGISTRATION


def test_a_badge_in_the_add_card_wizard(wizard_flow: Flow) -> None:
    request = lookup(wizard_flow, ANNA)
    wizard_flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    wizard_flow.start_add_card()
    assert wizard_flow.scan(BADGE) == [ShowNotice(Notice.STAFF_BADGE_IN_WIZARD)]
    assert wizard_flow.state is State.ADD_CARD
    assert wizard_flow.card is not None, "the shopper's card stays"


def test_a_badge_the_central_made_of_digits_is_no_card_to_the_wizard(wizard_flow: Flow) -> None:
    """The central's table decides what a badge is: one that is a valid EAN-13 is still a
    badge, not a card number handed to the wizard."""
    badge_rule = Rule(CodeKind.STAFF_BADGE, r"2000[0-9]{9}", Encoding.ANY, 1)
    wizard_flow.nomenclature_fetched(Nomenclature((badge_rule, *DEFAULT_RULES), version="t"))
    wizard_flow.start_registration()
    assert wizard_flow.scan("2000000000008") == [ShowNotice(Notice.STAFF_BADGE_IN_WIZARD)]


def test_junk_in_a_wizard_is_still_a_misread(wizard_flow: Flow) -> None:
    wizard_flow.start_registration()
    assert wizard_flow.scan("X") == [ShowNotice(Notice.MISREAD)]

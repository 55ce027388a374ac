"""An account that already holds the most cards the program allows: the flow knows it from the
card on screen and the program, and offers no add-a-card wizard that could only end in the
refusal."""

from __future__ import annotations

from kiosk.contract import CardInfo, LinkedCard
from kiosk.core.flow import BeginWizard, Flow, State
from tests.core.flow.test_flow import ANNA, lookup, make_card, make_program
from tests.support.fake_clocks import KioskClock


def card_with(cards: int) -> CardInfo:
    card = make_card(ANNA, "active")
    assert card.account is not None
    linked = [LinkedCard(masked=f"•••• {i:04}", kind="own", status="active") for i in range(cards)]
    account = card.account.model_copy(update={"cards": linked})
    return card.model_copy(update={"account": account})


def on_card_screen(clock: KioskClock, cards: int, *, program: bool = True) -> Flow:
    flow = Flow(clock=clock, plugged_in=(State.ADD_CARD,))
    if program:
        flow.program_prefetched(make_program())  # card_limit=5
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, card_with(cards))
    assert flow.state is State.CARD
    return flow


def test_a_full_account_offers_no_wizard(clock: KioskClock) -> None:
    flow = on_card_screen(clock, 5)
    assert flow.card_limit_reached
    assert flow.start_add_card() == []
    assert flow.state is State.CARD


def test_an_account_with_room_offers_the_wizard(clock: KioskClock) -> None:
    flow = on_card_screen(clock, 4)
    assert not flow.card_limit_reached
    assert flow.start_add_card()[0] == BeginWizard(State.ADD_CARD, ANNA)


def test_without_the_program_the_limit_is_not_guessed(clock: KioskClock) -> None:
    """The limit is the program's: unknown until fetched, and the central still refuses."""
    flow = on_card_screen(clock, 5, program=False)
    assert not flow.card_limit_reached
    assert flow.start_add_card()[0] == BeginWizard(State.ADD_CARD, ANNA)


def test_a_card_without_an_account_has_no_limit_to_reach(clock: KioskClock) -> None:
    flow = Flow(clock=clock)
    flow.program_prefetched(make_program())
    assert not flow.card_limit_reached

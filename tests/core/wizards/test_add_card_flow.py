"""The add-a-card wizard's decisions, without Qt: events in, commands out."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.contract import AccountSummary, LinkedCard, Money, ShopperSession, SmsChallenge
from kiosk.core.client import errors
from kiosk.core.wizards.add_card.flow import (
    RETRY_REFUSALS,
    AddCardFlow,
    AddCardTyped,
    ClearPassword,
    ShowAccount,
    ShowOutcome,
    ShowStep,
)
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.core.wizards.flow import (
    Ask,
    CloseSession,
    ConfirmSmsLogin,
    Leave,
    LinkCard,
    LoginPassword,
    ResendSmsLogin,
    SetBusy,
    SetCardNumber,
    ShowCodeMessage,
    ShowCodePage,
    ShowIssues,
    ShowResend,
    StartSmsLogin,
    StopTimer,
    Wipe,
    WizardTimer,
)
from kiosk.core.wizards.registration.form import FieldIssue, Issue
from kiosk.core.wizards.verification import Refusal, ResendButton, ResendState
from tests.core.wizards.test_registration_core import CARD, _problem_error

ANNA_PHONE = "+375291234567"
ANNAS = [
    LinkedCard(masked="•••• 0019", kind="own", status="active"),
    LinkedCard(masked="•••• 0153", kind="partner", status="active"),
]
ANNA = AddCardTyped(phone="29 123-45-67", password="Demo1234")


@pytest.fixture
def flow() -> AddCardFlow:
    flow = AddCardFlow(clock=lambda: 500.0)
    flow.begin(None)
    return flow


def the_ask(commands: list[Any]) -> Ask:
    [ask] = [command for command in commands if isinstance(command, Ask)]
    return ask


def session(token: str = "tok", cards: list[LinkedCard] = ANNAS) -> ShopperSession:
    return ShopperSession(token=token, expires_in=900, first_name="Анна", cards=cards, card_limit=5)


def account(cards: list[LinkedCard]) -> AccountSummary:
    return AccountSummary(
        first_name="Анна", points=0, points_value=Money(amount="0.00"), cards=cards, offers=[]
    )


def challenge() -> SmsChallenge:
    return SmsChallenge(
        challenge_id="c1",
        phone_masked="+375 •• •••-45-67",
        expires_in=600,
        resend_after=60,
        sends_left=4,
        attempts_left=5,
    )


def signed_in(flow: AddCardFlow, token: str = "tok") -> None:
    flow.answered(the_ask(flow.next(ANNA)), session(token))
    assert flow.steps is not None and flow.steps.step is AddCardStep.SCAN


def test_begin_shows_the_sign_in(flow: AddCardFlow) -> None:
    commands = AddCardFlow(clock=lambda: 0.0).begin(None)
    assert commands[0] == Wipe()
    assert ShowStep(AddCardStep.SIGN_IN) in commands


def test_next_on_the_sign_in_checks_then_signs_in(flow: AddCardFlow) -> None:
    assert flow.next(AddCardTyped()) == [
        ShowIssues({"phone": FieldIssue(Issue.REQUIRED), "password": FieldIssue(Issue.REQUIRED)})
    ]
    sign_in = the_ask(flow.next(ANNA))
    assert sign_in.call == LoginPassword(ANNA_PHONE, "Demo1234")
    assert "Demo1234" not in repr(sign_in) and "Demo1234" not in repr(ANNA)
    commands = flow.answered(sign_in, session())
    assert commands[0] == ClearPassword()
    assert ShowAccount("Анна", tuple(ANNAS), 5) in commands
    assert ShowStep(AddCardStep.SCAN) in commands
    assert commands[-1] == SetBusy(False)


def test_a_wrong_password_is_said_and_the_password_goes(flow: AddCardFlow) -> None:
    commands = flow.failed(the_ask(flow.next(ANNA)), errors.Unauthorized("no"))
    assert commands[:2] == [ClearPassword(), ShowIssues({}, refusal=Refusal.WRONG_CREDENTIALS)]
    assert flow.steps is not None and flow.steps.step is AddCardStep.SIGN_IN


def test_signing_in_with_an_sms_code(flow: AddCardFlow) -> None:
    start = the_ask(flow.sms_requested(AddCardTyped(phone="29 123-45-67")))
    assert start.call == StartSmsLogin(ANNA_PHONE)
    commands = flow.answered(start, challenge())
    assert ShowStep(AddCardStep.CODE) in commands
    assert ShowCodePage("+375 •• •••-45-67") in commands
    assert ShowResend(ResendButton(ResendState.WAIT, 60)) in commands
    confirm = the_ask(flow.next(AddCardTyped(code="123456")))
    assert confirm.call == ConfirmSmsLogin("c1", "123456")
    assert ShowStep(AddCardStep.SCAN) in flow.answered(confirm, session())


def test_a_dead_code_starts_a_new_sign_in_by_sms(flow: AddCardFlow) -> None:
    flow.answered(the_ask(flow.sms_requested(AddCardTyped(phone="29 123-45-67"))), challenge())
    too_many = _problem_error(errors.RateLimited, "too-many-attempts", 429)
    commands = flow.failed(the_ask(flow.confirm("000000")), too_many)
    assert ShowCodeMessage(Refusal.TOO_MANY_ATTEMPTS) in commands
    assert ShowResend(ResendButton(ResendState.START_AGAIN)) in commands
    again = flow.resend()
    assert ShowStep(AddCardStep.SIGN_IN) in again
    assert the_ask(again).call == StartSmsLogin(ANNA_PHONE)


def test_resend_asks_for_a_new_code(flow: AddCardFlow) -> None:
    flow.answered(the_ask(flow.sms_requested(AddCardTyped(phone="29 123-45-67"))), challenge())
    assert the_ask(flow.resend()).call == ResendSmsLogin("c1")


def test_a_card_linked_and_one_already_on_the_account(flow: AddCardFlow) -> None:
    signed_in(flow)
    scan = flow.card_scanned(CARD)
    assert scan[0] == SetCardNumber(CARD)
    link = the_ask(scan)
    assert link.call == LinkCard("tok", CARD)
    added = LinkedCard(masked="•••• 0088", kind="own", status="active")
    commands = flow.answered(link, account([*ANNAS, added]))
    assert ShowOutcome(CARD, None, (*ANNAS, added), more=True) in commands
    flow.add_another()
    commands = flow.answered(the_ask(flow.card_scanned(CARD)), account([*ANNAS, added]))
    assert ShowOutcome(CARD, None, (*ANNAS, added), more=True, already_there=True) in commands


def test_the_card_limit_lists_the_cards_and_offers_no_other(flow: AddCardFlow) -> None:
    signed_in(flow)
    full = tuple(LinkedCard(masked=f"•••• 00{n}", kind="own", status="active") for n in range(5))
    limit = _problem_error(errors.Conflict, "card-limit", 409, cards=full)
    commands = flow.failed(the_ask(flow.card_scanned(CARD)), limit)
    assert ShowOutcome(CARD, Refusal.CARD_LIMIT, full, more=False) in commands


def test_another_accounts_card_is_refused_with_its_reason(flow: AddCardFlow) -> None:
    signed_in(flow)
    other = _problem_error(errors.Conflict, "card-other-account", 409)
    commands = flow.failed(the_ask(flow.card_scanned(CARD)), other)
    assert ShowOutcome(CARD, Refusal.CARD_OTHER_ACCOUNT, (), more=True) in commands


@pytest.mark.parametrize(
    "error",
    [errors.CentralOffline("x"), errors.CentralTimeout("x"), errors.ServerError("x")],
)
def test_a_service_failure_keeps_the_scan_page(flow: AddCardFlow, error: Exception) -> None:
    signed_in(flow)
    commands = flow.failed(the_ask(flow.card_scanned(CARD)), error)
    [issues] = [c for c in commands if isinstance(c, ShowIssues)]
    assert issues.refusal in RETRY_REFUSALS
    assert flow.steps is not None and flow.steps.step is AddCardStep.SCAN


def test_an_expired_session_signs_in_again(flow: AddCardFlow) -> None:
    signed_in(flow)
    expired = _problem_error(errors.Unauthorized, "session-expired", 401)
    commands = flow.failed(the_ask(flow.card_scanned(CARD)), expired)
    assert ShowStep(AddCardStep.SIGN_IN) in commands
    assert ShowIssues({}, refusal=Refusal.SESSION_EXPIRED) in commands


def test_a_typed_card_number_is_checked_first(flow: AddCardFlow) -> None:
    signed_in(flow)
    assert flow.next(AddCardTyped(card_number="2990000000089")) == [
        ShowIssues({"card_number": FieldIssue(Issue.CARD_NUMBER_INVALID)})
    ]


def test_scans_count_only_on_the_scan_page_and_not_while_busy(flow: AddCardFlow) -> None:
    assert flow.card_scanned(CARD) == []  # signing in
    signed_in(flow)
    flow.card_scanned(CARD)
    assert flow.card_scanned("2990000000095") == [], "one card at a time"


@pytest.mark.parametrize("leave", ["done", "cancel", "wiped"])
def test_leaving_closes_the_session_and_forgets(flow: AddCardFlow, leave: str) -> None:
    signed_in(flow, "tok-1")
    commands = getattr(flow, leave)()
    assert CloseSession("tok-1") in commands
    assert StopTimer(WizardTimer.RESEND_TICK) in commands
    if leave != "wiped":
        assert commands[0] == Wipe()
        assert commands[-1] == Leave(completed=leave == "done")
    assert flow.steps is None


def test_a_sign_in_answered_after_cancel_gets_its_session_closed(flow: AddCardFlow) -> None:
    """The shopper taps Cancel while the sign-in is on its way: the session it opens when it
    answers is closed at once, and nothing of it is shown."""
    sign_in = the_ask(flow.next(ANNA))
    left = flow.cancel()
    assert not any(isinstance(c, CloseSession) for c in left), "no session yet"
    assert flow.answered(sign_in, session("late")) == [CloseSession("late")]
    assert flow.steps is None


def test_an_sms_sign_in_answered_after_back_gets_its_session_closed(flow: AddCardFlow) -> None:
    flow.answered(the_ask(flow.sms_requested(AddCardTyped(phone="29 123-45-67"))), challenge())
    confirm = the_ask(flow.confirm("123456"))
    flow.back()
    assert flow.answered(confirm, session("late")) == [CloseSession("late")]
    assert flow.steps is not None and flow.steps.step is AddCardStep.SIGN_IN


def test_a_failure_after_the_shopper_left_is_dropped(flow: AddCardFlow) -> None:
    sign_in = the_ask(flow.next(ANNA))
    flow.wiped()
    assert flow.failed(sign_in, errors.Unauthorized("no")) == []

"""The registration wizard's decisions, without Qt: events in, commands out.

The central's answers are handed in as the driver would after running an :class:`Ask`; nothing
here waits, starts a thread or builds a widget.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kiosk.contract import CardInfo, LinkedCard, RegistrationConfirmed, ShopperSession
from kiosk.contract import SmsChallenge as SmsChallengeModel
from kiosk.core.client import errors
from kiosk.core.wizards.flow import (
    Ask,
    ClearCode,
    CloseSession,
    ConfirmRegistration,
    ConfirmSmsLogin,
    FetchProgram,
    Leave,
    LinkCard,
    LookupCard,
    ResendRegistrationCode,
    SetBusy,
    SetCardNumber,
    ShowCodeMessage,
    ShowCodePage,
    ShowIssues,
    ShowResend,
    StartRegistration,
    StartSmsLogin,
    StartTimer,
    StopTimer,
    Wipe,
    WizardTimer,
)
from kiosk.core.wizards.registration.flow import (
    CARD_STATUS_REFUSALS,
    ENDING_REFUSALS,
    Configure,
    RegistrationFlow,
    ShowStep,
    ShowStopped,
    ShowSuccess,
)
from kiosk.core.wizards.registration.form import FieldIssue, Issue, RegistrationForm, Step
from kiosk.core.wizards.verification import Refusal, ResendButton, ResendState
from tests.core.wizards.test_registration_core import (
    CARD,
    TODAY,
    _problem_error,
    _status,
    make_program,
)

PHONE = "+375295556677"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def flow(clock: Clock) -> RegistrationFlow:
    return RegistrationFlow(clock=clock, today=lambda: TODAY)


def asks(commands: list[Any]) -> list[Ask]:
    return [command for command in commands if isinstance(command, Ask)]


def the_ask(commands: list[Any]) -> Ask:
    [ask] = asks(commands)
    return ask


def typed(**values: Any) -> RegistrationForm:
    form = RegistrationForm(
        phone="29 555-66-77",
        last_name="Иванова",
        first_name="Мария",
        gender="female",
        birth_date=dt.date(1990, 4, 2),
        password="Secret123",
        password_repeat="Secret123",
        consent=True,
    )
    for name, value in values.items():
        setattr(form, name, value)
    return form


def card(status: str, number: str = CARD) -> CardInfo:
    return CardInfo.model_validate(
        {
            "number": number,
            "kind": "own",
            "status": status,
            "card_prices": status in ("issued", "active"),
            "promotions_today": [],
        }
    )


def session(token: str = "tok") -> ShopperSession:
    return ShopperSession(
        token=token,
        expires_in=900,
        first_name="Мария",
        cards=[LinkedCard(masked="•••• 0088", kind="own", status="active")],
        card_limit=5,
    )


def confirmed(token: str = "tok") -> RegistrationConfirmed:
    return RegistrationConfirmed(card=card("active"), session=session(token))


def to_last_form_step(flow: RegistrationFlow) -> None:
    """From the phone step through the rules, everything valid."""
    assert flow.steps is not None
    while not flow.steps.is_last_form_step():
        commands = flow.next(typed())
        assert asks(commands) == [], commands
    assert flow.steps.step is Step.CONSENT


def to_code_step(flow: RegistrationFlow) -> Ask:
    """Begun with a known card, the form filled and sent, the code on its way: the Ask that
    confirmed the code would be answered with."""
    flow.begin(make_program(), CARD)
    to_last_form_step(flow)
    send = the_ask(flow.next(typed()))
    assert isinstance(send.call, StartRegistration)
    flow.answered(send, _status())
    assert flow.steps is not None and flow.steps.step is Step.CODE
    return send


# --- starting --------------------------------------------------------------------------------


def test_begin_with_the_program_shows_the_first_step_numbered(flow: RegistrationFlow) -> None:
    commands = flow.begin(make_program(), CARD)
    assert commands[0] == Wipe()
    [configure] = [c for c in commands if isinstance(c, Configure)]
    assert configure.asked["phone"] is True and configure.asked["email"] is False
    assert ShowStep(Step.PHONE, 1, 7) in commands, "6 form steps and the code"
    assert StopTimer(WizardTimer.RESEND_TICK) in commands
    assert asks(commands) == []


def test_begin_without_the_program_fetches_it_then_starts(flow: RegistrationFlow) -> None:
    commands = flow.begin(None, None)
    fetch = the_ask(commands)
    assert fetch.call == FetchProgram()
    assert commands[-1] == SetBusy(True)
    started = flow.answered(fetch, make_program())
    assert ShowStep(Step.CARD, 1, 8) in started, "the card is asked for first"
    assert SetBusy(False) in started


def test_program_not_fetched_stops_the_wizard(flow: RegistrationFlow) -> None:
    fetch = the_ask(flow.begin(None, CARD))
    commands = flow.failed(fetch, errors.CentralOffline("down"))
    assert ShowStopped(Refusal.OFFLINE) in commands
    assert flow.stopped


# --- the card --------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "refusal"), sorted(CARD_STATUS_REFUSALS.items()))
def test_a_card_that_cannot_be_registered_is_refused_at_its_field(
    flow: RegistrationFlow, status: str, refusal: Refusal
) -> None:
    flow.begin(make_program(), None)
    lookup = the_ask(flow.card_scanned(CARD))
    assert lookup.call == LookupCard(CARD)
    commands = flow.answered(lookup, card(status))
    assert ShowIssues({"card_number": FieldIssue(Issue.REFUSED, refusal=refusal)}) in commands
    assert flow.steps is not None and flow.steps.step is Step.CARD


def test_a_sold_card_is_accepted_and_the_form_follows(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), None)
    commands = flow.card_scanned(CARD)
    assert commands[0] == SetCardNumber(CARD)
    shown = flow.answered(the_ask(commands), card("issued"))
    assert ShowStep(Step.PHONE, 2, 8) in shown
    assert flow.steps is not None and flow.steps.form.card_number == CARD


def test_a_typed_card_number_is_checked_before_the_central_is_asked(
    flow: RegistrationFlow,
) -> None:
    flow.begin(make_program(), None)
    assert flow.next(typed(card_number="")) == [
        ShowIssues({"card_number": FieldIssue(Issue.REQUIRED)})
    ]
    assert flow.next(typed(card_number="2990000000089")) == [
        ShowIssues({"card_number": FieldIssue(Issue.CARD_NUMBER_INVALID)})
    ]
    assert the_ask(flow.next(typed(card_number=CARD))).call == LookupCard(CARD)


def test_a_card_lookup_that_fails_says_why_at_the_field(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), None)
    lookup = the_ask(flow.card_scanned(CARD))
    commands = flow.failed(lookup, errors.CentralTimeout("slow"))
    assert ShowIssues({"card_number": FieldIssue(Issue.REFUSED, refusal=Refusal.TIMEOUT)}) in (
        commands
    )


def test_scans_count_only_on_the_card_step(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), CARD)  # the card is known: the phone step
    assert flow.card_scanned("2990000000095") == []


def test_a_second_scan_while_the_first_card_is_looked_up_starts_nothing(
    flow: RegistrationFlow,
) -> None:
    flow.begin(make_program(), None)
    the_ask(flow.card_scanned(CARD))
    assert flow.card_scanned("2990000000095") == []  # one lookup at a time, as for Next


# --- the form and the central's refusals -----------------------------------------------------


def test_a_problem_on_a_step_stays_on_it(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), CARD)
    commands = flow.next(typed(phone="17 123-45-67"))
    assert commands == [ShowIssues({"phone": FieldIssue(Issue.PHONE_NOT_MOBILE)}, "")]
    assert flow.steps is not None and flow.steps.step is Step.PHONE


def test_the_last_step_sends_the_registration(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), CARD)
    to_last_form_step(flow)
    send = the_ask(flow.next(typed()))
    assert isinstance(send.call, StartRegistration)
    assert send.call.request.phone == PHONE
    assert "Secret123" not in repr(send), "no password in a repr"
    commands = flow.answered(send, _status())
    assert ShowStep(Step.CODE, 7, 7) in commands
    assert ShowCodePage("+375 •• •••-66-77") in commands
    assert StartTimer(WizardTimer.RESEND_TICK) in commands
    assert ShowResend(ResendButton(ResendState.WAIT, 60)) in commands


@pytest.mark.parametrize("refusal", sorted(ENDING_REFUSALS))
def test_card_refusals_of_the_registration_end_the_wizard(
    flow: RegistrationFlow, refusal: Refusal
) -> None:
    flow.begin(make_program(), CARD)
    to_last_form_step(flow)
    send = the_ask(flow.next(typed()))
    commands = flow.failed(send, _problem_error(errors.Conflict, refusal.value, 409))
    assert ShowStopped(refusal) in commands
    assert flow.stopped
    assert flow.steps is not None and flow.steps.form.last_name == "", "what was typed goes"


def test_field_errors_of_the_central_send_the_shopper_back_to_their_step(
    flow: RegistrationFlow,
) -> None:
    flow.begin(make_program(), CARD)
    to_last_form_step(flow)
    send = the_ask(flow.next(typed()))
    error = _problem_error(
        errors.ValidationFailed, "validation", 422, field_errors={"last_name": "Слишком длинно"}
    )
    commands = flow.failed(send, error)
    assert ShowStep(Step.NAMES, 2, 7) in commands
    assert ShowIssues({"last_name": FieldIssue(Issue.CENTRAL, "Слишком длинно")}, "") in commands


def test_a_service_failure_keeps_everything_typed_for_another_try(
    flow: RegistrationFlow,
) -> None:
    flow.begin(make_program(), CARD)
    to_last_form_step(flow)
    send = the_ask(flow.next(typed()))
    commands = flow.failed(send, errors.CentralOffline("down"))
    assert commands == [ShowIssues({}, refusal=Refusal.OFFLINE), SetBusy(False)]
    assert flow.steps is not None and flow.steps.step is Step.CONSENT
    assert flow.steps.form.last_name == "Иванова"


def test_back_and_forward_and_back_out_of_the_first_step(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), CARD)
    flow.next(typed())
    assert flow.steps is not None and flow.steps.step is Step.NAMES
    assert ShowStep(Step.PHONE, 1, 7) in flow.back()
    commands = flow.back()  # nothing before the phone: leaving
    assert commands[0] == Wipe() and commands[-1] == Leave(completed=False)
    assert flow.steps is None


# --- the code --------------------------------------------------------------------------------


def test_the_right_code_registers_and_closes_the_session_at_once(
    flow: RegistrationFlow,
) -> None:
    to_code_step(flow)
    confirm = the_ask(flow.confirm("123456"))
    assert confirm.call == ConfirmRegistration("r1", "123456")
    assert "123456" not in repr(confirm)
    commands = flow.answered(confirm, confirmed("tok"))
    assert CloseSession("tok") in commands
    assert ShowSuccess(CARD, "+375 •• •••-66-77", linked=False) in commands
    assert StopTimer(WizardTimer.RESEND_TICK) in commands
    assert StartTimer(WizardTimer.SUCCESS_RETURN) in commands
    assert flow.steps is not None and flow.steps.form.is_blank()


def test_the_success_page_leaves_by_itself(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    flow.answered(the_ask(flow.confirm("123456")), confirmed())
    commands = flow.timer_fired(WizardTimer.SUCCESS_RETURN)
    assert commands[0] == Wipe() and commands[-1] == Leave(completed=True)
    assert flow.steps is None


def test_a_wrong_code_says_the_tries_left_and_the_last_one_says_start_again(
    flow: RegistrationFlow,
) -> None:
    to_code_step(flow)
    wrong = _problem_error(errors.ValidationFailed, "wrong-code", 422, attempts_left=1)
    commands = flow.failed(the_ask(flow.confirm("000000")), wrong)
    assert ClearCode() in commands
    assert ShowCodeMessage(Refusal.WRONG_CODE, attempts_left=1) in commands
    last = _problem_error(errors.ValidationFailed, "wrong-code", 422, attempts_left=0)
    commands = flow.failed(the_ask(flow.confirm("000000")), last)
    assert ShowCodeMessage(Refusal.WRONG_CODE) in commands
    assert ShowResend(ResendButton(ResendState.START_AGAIN)) in commands
    again = flow.resend()  # the dead code: a fresh start sends a new one
    assert again[0] == ShowCodeMessage()
    assert isinstance(the_ask(again).call, StartRegistration)


def test_no_second_code_while_one_is_being_checked(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    assert asks(flow.confirm("123456"))
    assert flow.confirm("123456") == []
    assert flow.next(typed(), "123456") == []


def test_the_resend_countdown(flow: RegistrationFlow, clock: Clock) -> None:
    to_code_step(flow)
    clock.now += 15
    assert flow.timer_fired(WizardTimer.RESEND_TICK) == [
        ShowResend(ResendButton(ResendState.WAIT, 45))
    ]
    clock.now += 45
    assert flow.timer_fired(WizardTimer.RESEND_TICK) == [
        ShowResend(ResendButton(ResendState.READY))
    ]
    resend = the_ask(flow.resend())
    assert resend.call == ResendRegistrationCode("r1")
    commands = flow.answered(resend, _status(sends_left=3))
    assert commands[:2] == [ClearCode(), ShowCodeMessage(resent=True)]
    assert ShowResend(ResendButton(ResendState.WAIT, 60)) in commands
    cooldown = _problem_error(errors.RateLimited, "resend-cooldown", 429, retry_after=30)
    commands = flow.failed(the_ask(flow.resend()), cooldown)
    assert ShowCodeMessage(Refusal.RESEND_COOLDOWN) in commands
    assert ShowResend(ResendButton(ResendState.WAIT, 30)) in commands


def test_the_countdown_stops_off_the_code_page(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    flow.go_to(Step.PHONE)  # 'change the number'
    assert flow.timer_fired(WizardTimer.RESEND_TICK) == [StopTimer(WizardTimer.RESEND_TICK)]


# --- the phone of an existing account: sign in, link, sign out -------------------------------


LINK_CHALLENGE = SmsChallengeModel(
    challenge_id="c1",
    phone_masked="+375 •• •••-66-77",
    expires_in=600,
    resend_after=60,
    sends_left=4,
    attempts_left=5,
)


def to_link_offer(flow: RegistrationFlow) -> list[Any]:
    """The form sent with the phone of an existing account: the offer to link the card."""
    flow.begin(make_program(), CARD)
    to_last_form_step(flow)
    send = the_ask(flow.next(typed()))
    return flow.failed(send, _problem_error(errors.Conflict, "phone-registered", 409))


def to_linking(flow: RegistrationFlow, token: str) -> Ask:
    """Linking offered, the code sent and confirmed (session ``token``): the link's Ask."""
    to_link_offer(flow)
    flow.answered(the_ask(flow.start_link()), LINK_CHALLENGE)
    return the_ask(flow.answered(the_ask(flow.confirm("654321")), session(token)))


def test_a_registered_phone_links_the_card_after_a_code_then_signs_out(
    flow: RegistrationFlow,
) -> None:
    assert ShowStep(Step.LINK_OFFER, 0, 7) in to_link_offer(flow)
    start = the_ask(flow.start_link())
    assert start.call == StartSmsLogin(PHONE)
    assert ShowStep(Step.LINK_CODE, 7, 7) in flow.answered(start, LINK_CHALLENGE)
    sign_in = the_ask(flow.confirm("654321"))
    assert sign_in.call == ConfirmSmsLogin("c1", "654321")
    link = the_ask(flow.answered(sign_in, session("link-tok")))
    assert link.call == LinkCard("link-tok", CARD)
    assert flow.busy, "still waiting: the card is being linked"
    commands = flow.answered(link, object())
    assert CloseSession("link-tok") in commands
    assert ShowSuccess(CARD, "+375 •• •••-66-77", linked=True) in commands


def test_a_link_refused_signs_out_and_stops(flow: RegistrationFlow) -> None:
    link = to_linking(flow, "link-tok")
    commands = flow.failed(link, _problem_error(errors.Conflict, "card-limit", 409))
    assert CloseSession("link-tok") in commands
    assert ShowStopped(Refusal.CARD_LIMIT) in commands


# --- answers after the shopper left ----------------------------------------------------------


def test_a_late_registration_answer_only_closes_its_session(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    confirm = the_ask(flow.confirm("123456"))
    left = flow.cancel()
    assert left[0] == Wipe() and Leave(completed=False) in left
    assert flow.answered(confirm, confirmed("late")) == [CloseSession("late")]
    assert flow.steps is None


def test_a_late_link_closes_the_session_it_used(flow: RegistrationFlow) -> None:
    link = to_linking(flow, "link-tok")
    flow.wiped()  # the kiosk's idle reset
    assert flow.failed(link, errors.CentralTimeout("slow")) == [CloseSession("link-tok")]


def test_late_answers_of_a_step_left_are_not_shown(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), None)
    lookup = the_ask(flow.card_scanned(CARD))
    flow.back()  # leaves: the card step is the first
    assert flow.answered(lookup, card("issued")) == []
    assert flow.failed(lookup, errors.CentralOffline("down")) == []


def test_going_back_while_busy_frees_the_buttons(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    flow.confirm("123456")
    assert flow.busy
    commands = flow.go_to(Step.PHONE)
    assert commands[-1] == SetBusy(False)
    assert not flow.busy

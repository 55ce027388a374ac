"""The kiosk state machine, without Qt: every transition, stale results, resets, the wizards
(the way to the service screen is in test_flow_service.py)."""

from __future__ import annotations

import pytest

from kiosk.contract import (
    AccountSummary,
    CardInfo,
    LinkedCard,
    Localized,
    Money,
    Organizer,
    PasswordPolicy,
    ProgramInfo,
    SmsPolicy,
)
from kiosk.core.client import errors
from kiosk.core.client.errors import classify_failure
from kiosk.core.flow import (
    BeginWizard,
    Failure,
    Flow,
    LoadProgram,
    LookupCard,
    Notice,
    ReadingAids,
    ResetScreens,
    SetLanguage,
    SetReadingAids,
    Show,
    ShowNotice,
    State,
    WipePersonalData,
    WizardScan,
)
from tests.support.fake_clocks import KioskClock

ANNA = "2990000000019"
ISSUED = "2990000000088"
BLOCKED = "2990000000132"
NOT_ISSUED = "2990000000118"
UNKNOWN = "2990000009999"
BAD_CHECK_DIGIT = "2990000000010"


def make_card(number: str, status: str) -> CardInfo:
    account = None
    if status == "active":
        account = AccountSummary(
            first_name="Анна",
            points=123456,
            points_value=Money(amount="1234.56"),
            cards=[LinkedCard(masked="•••• 0019", kind="own", status="active")],
            offers=[],
        )
    return CardInfo.model_validate(
        {
            "number": number,
            "kind": "own",
            "status": status,
            "card_prices": status in ("issued", "active"),
            "account": account,
            "promotions_today": [],
        }
    )


def make_program() -> ProgramInfo:
    text = Localized(ru="т", be="т", en="t")
    return ProgramInfo(
        organizer=Organizer(name=text, address=text, unp="100000000"),
        website="https://example.by",
        support_phone="8 800-555-36-09",
        support_phone_note=text,
        rules_version="1",
        rules=text,
        requirements=text,
        general_info=text,
        installment_card_rule=text,
        card_limit=5,
        min_age=16,
        sms_policy=SmsPolicy(
            code_length=6,
            ttl_seconds=600,
            resend_cooldown_seconds=60,
            max_sends=5,
            max_attempts=5,
        ),
        password_policy=PasswordPolicy(min_length=8, requires_letter=True, requires_digit=True),
        registration_fields=[],
        promotions=[],
    )


def lookup(flow: Flow, number: str) -> LookupCard:
    commands = flow.scan(number)
    requests = [c for c in commands if isinstance(c, LookupCard)]
    assert len(requests) == 1
    return requests[0]


def test_starts_on_attract_in_the_default_language() -> None:
    flow = Flow(default_language="be")
    assert flow.state is State.ATTRACT
    assert flow.language == "be"
    assert flow.is_pristine


def test_unknown_default_language_is_refused() -> None:
    with pytest.raises(ValueError):
        Flow(default_language="de")


def test_scan_starts_a_lookup_and_shows_loading(flow: Flow) -> None:
    commands = flow.scan(ANNA)
    assert commands == [Show(State.LOADING), LookupCard(ANNA, flow.generation)]
    assert flow.state is State.LOADING
    assert flow.card_number == ANNA


def test_scan_with_spaces_is_normalised(flow: Flow) -> None:
    request = lookup(flow, " 2990 0000 0001 9 ")
    assert request.number == ANNA


@pytest.mark.parametrize("raw", [BAD_CHECK_DIGIT, "299000000001", "29900000000190", "ABC", ""])
def test_misread_only_shows_a_notice(flow: Flow, raw: str) -> None:
    assert flow.scan(raw) == [ShowNotice(Notice.MISREAD)]
    assert flow.state is State.ATTRACT
    assert flow.generation == 0


def test_misread_on_the_card_screen_keeps_the_card(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    card = make_card(ANNA, "active")
    flow.lookup_succeeded(request.generation, card)
    assert flow.scan("12345") == [ShowNotice(Notice.MISREAD)]
    assert flow.state is State.CARD
    assert flow.card is card


@pytest.mark.parametrize(
    ("number", "status", "state"),
    [
        (ANNA, "active", State.CARD),
        (ISSUED, "issued", State.NOT_REGISTERED),
        (BLOCKED, "blocked", State.BLOCKED),
        (NOT_ISSUED, "not_issued", State.UNKNOWN_CARD),
    ],
)
def test_card_status_decides_the_screen(flow: Flow, number: str, status: str, state: State) -> None:
    request = lookup(flow, number)
    card = make_card(number, status)
    assert flow.lookup_succeeded(request.generation, card) == [Show(state)]
    assert flow.state is state
    assert flow.card is card


@pytest.mark.parametrize(
    ("failure", "state"),
    [
        (Failure.NOT_FOUND, State.UNKNOWN_CARD),
        (Failure.INVALID_NUMBER, State.UNKNOWN_CARD),
        (Failure.OFFLINE, State.ERROR),
        (Failure.TIMEOUT, State.ERROR),
        (Failure.SERVER, State.ERROR),
    ],
)
def test_lookup_failure_decides_the_screen(flow: Flow, failure: Failure, state: State) -> None:
    request = lookup(flow, UNKNOWN)
    assert flow.lookup_failed(request.generation, failure) == [Show(state)]
    assert flow.state is state
    if state is State.ERROR:
        assert flow.failure is failure


def test_try_again_repeats_a_failed_lookup(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.lookup_failed(request.generation, Failure.OFFLINE)
    commands = flow.retry()
    assert commands == [WipePersonalData(), Show(State.LOADING), LookupCard(ANNA, flow.generation)]
    assert flow.generation == request.generation + 1


def test_try_again_repeats_a_failed_program_request(flow: Flow) -> None:
    flow.show_program()
    flow.program_failed(flow.generation, Failure.OFFLINE)
    assert flow.retry() == [Show(State.LOADING), LoadProgram(flow.generation)]


def test_try_again_only_on_the_error_screen(flow: Flow) -> None:
    assert flow.retry() == []


def test_result_of_an_older_lookup_is_dropped(flow: Flow) -> None:
    first = lookup(flow, ANNA)
    second = lookup(flow, ISSUED)
    assert flow.lookup_succeeded(first.generation, make_card(ANNA, "active")) == []
    assert flow.state is State.LOADING
    assert flow.lookup_succeeded(second.generation, make_card(ISSUED, "issued")) == [
        Show(State.NOT_REGISTERED)
    ]


def test_result_after_idle_reset_is_dropped(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.idle_timeout()
    assert flow.lookup_succeeded(request.generation, make_card(ANNA, "active")) == []
    assert flow.lookup_failed(request.generation, Failure.OFFLINE) == []
    assert flow.state is State.ATTRACT
    assert flow.card is None


def test_a_result_is_taken_once(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    assert flow.lookup_failed(request.generation, Failure.OFFLINE) == []
    assert flow.state is State.CARD


def test_a_new_scan_after_an_unknown_card_wipes_its_number(flow: Flow) -> None:
    request = lookup(flow, UNKNOWN)
    flow.lookup_failed(request.generation, Failure.NOT_FOUND)
    assert flow.scan(ANNA)[0] == WipePersonalData()
    assert flow.card_number == ANNA


def test_a_new_scan_on_the_card_screen_wipes_the_previous_card(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    commands = flow.scan(ISSUED)
    assert commands[0] == WipePersonalData()
    assert LookupCard(ISSUED, flow.generation) in commands
    assert flow.card is None


def test_done_returns_to_attract_and_forgets_the_card(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    flow.set_language("en")
    generation = flow.generation
    commands = flow.done()
    assert commands == [
        WipePersonalData(),
        SetLanguage("ru"),
        ResetScreens(),
        Show(State.ATTRACT),
    ]
    assert flow.state is State.ATTRACT
    assert flow.card is None and flow.card_number is None
    assert flow.generation == generation + 1
    # Done ends the session as idle does: the next shopper gets the default language.
    assert flow.is_pristine


def test_back_from_the_program_keeps_the_language(flow: Flow) -> None:
    flow.set_language("en")
    flow.show_program()
    assert SetLanguage("ru") not in flow.back()
    assert flow.state is State.ATTRACT
    assert flow.language == "en"


def test_reading_aids_are_chosen_on_the_start_screen_and_reset_with_the_session(
    flow: Flow,
) -> None:
    aids = ReadingAids(large_text=True, high_contrast=True)
    assert flow.set_reading_aids(aids) == [SetReadingAids(aids)]
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    assert flow.set_reading_aids(ReadingAids()) == [], "only on the start screen"
    assert SetReadingAids(ReadingAids()) in flow.done()
    assert flow.aids == ReadingAids() and flow.is_pristine


def test_idle_timeout_resets_everything_including_the_language(flow: Flow) -> None:
    flow.set_language("be")
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    commands = flow.idle_timeout()
    assert commands == [
        WipePersonalData(),
        SetLanguage("ru"),
        ResetScreens(),
        Show(State.ATTRACT),
    ]
    assert flow.is_pristine


def test_idle_timeout_on_a_pristine_kiosk_does_nothing(flow: Flow) -> None:
    assert flow.idle_timeout() == []


def test_idle_timeout_while_loading_drops_the_lookup(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    commands = flow.idle_timeout()
    assert WipePersonalData() in commands
    assert flow.state is State.ATTRACT
    # The answer still comes (nothing is cancelled), and is dropped by its generation.
    assert flow.lookup_succeeded(request.generation, make_card(ANNA, "active")) == []
    assert flow.is_pristine


def test_language_change(flow: Flow) -> None:
    assert flow.set_language("en") == [SetLanguage("en")]
    assert flow.language == "en"
    assert flow.set_language("en") == []
    assert flow.set_language("de") == []
    assert flow.language == "en"


def test_manual_entry_journey(flow: Flow) -> None:
    assert flow.manual_entry() == [Show(State.MANUAL_ENTRY)]
    assert flow.manual_number("2990 0000 0001 8") == [ShowNotice(Notice.INVALID_NUMBER)]
    assert flow.state is State.MANUAL_ENTRY
    commands = flow.manual_number("2990000000019")
    assert commands == [Show(State.LOADING), LookupCard(ANNA, flow.generation)]


def test_manual_number_outside_manual_entry_is_ignored(flow: Flow) -> None:
    assert flow.manual_number(ANNA) == []
    lookup(flow, ANNA)
    assert flow.manual_entry() == []


def test_scan_on_the_manual_entry_screen_works(flow: Flow) -> None:
    flow.manual_entry()
    assert LookupCard(ANNA, flow.generation + 1) in flow.scan(ANNA)


def test_program_journey(flow: Flow) -> None:
    commands = flow.show_program()
    assert commands == [Show(State.LOADING), LoadProgram(flow.generation)]
    program = make_program()
    assert flow.program_loaded(flow.generation, program) == [Show(State.PROGRAM)]
    assert flow.program is program
    assert flow.done()[-1] == Show(State.ATTRACT)
    # Program information is not shopper data: kept for the offline screen's support phone.
    assert flow.program is program


def test_program_failure_shows_the_error_screen(flow: Flow) -> None:
    flow.show_program()
    assert flow.program_failed(flow.generation, Failure.TIMEOUT) == [Show(State.ERROR)]
    assert flow.failure is Failure.TIMEOUT


def test_program_result_does_not_answer_a_card_lookup(flow: Flow) -> None:
    flow.show_program()
    program_generation = flow.generation
    request = lookup(flow, ANNA)
    assert flow.program_loaded(program_generation, make_program()) == []
    assert flow.program_loaded(request.generation, make_program()) == []
    assert flow.state is State.LOADING
    assert flow.lookup_succeeded(request.generation, make_card(ANNA, "active")) == [
        Show(State.CARD)
    ]


def test_card_result_does_not_answer_a_program_request(flow: Flow) -> None:
    flow.show_program()
    assert flow.lookup_succeeded(flow.generation, make_card(ANNA, "active")) == []
    assert flow.lookup_failed(flow.generation, Failure.OFFLINE) == []
    assert flow.state is State.LOADING


def test_program_only_from_the_start_screen(flow: Flow) -> None:
    lookup(flow, ANNA)
    assert flow.show_program() == []


def test_prefetched_program_is_kept(flow: Flow) -> None:
    program = make_program()
    assert flow.program_prefetched(program) == []
    assert flow.program is program
    assert flow.state is State.ATTRACT


# --- wizards -------------------------------------------------------------------------------


@pytest.fixture
def wizard_flow(clock: KioskClock) -> Flow:
    return Flow(
        clock=clock,
        plugged_in=(State.REGISTRATION, State.ADD_CARD),
    )


def test_wizards_without_a_screen_cannot_be_entered(flow: Flow) -> None:
    assert flow.start_registration() == []
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    assert flow.start_add_card() == []


def test_registration_from_the_start_screen(wizard_flow: Flow) -> None:
    commands = wizard_flow.start_registration()
    assert commands == [BeginWizard(State.REGISTRATION, None), Show(State.REGISTRATION)]
    # Scans go to the wizard, misreads are still a notice.
    assert wizard_flow.scan(ISSUED) == [WizardScan(ISSUED)]
    assert wizard_flow.scan("123") == [ShowNotice(Notice.MISREAD)]
    assert wizard_flow.state is State.REGISTRATION


def test_registration_of_the_card_on_screen(wizard_flow: Flow) -> None:
    request = lookup(wizard_flow, ISSUED)
    wizard_flow.lookup_succeeded(request.generation, make_card(ISSUED, "issued"))
    assert wizard_flow.start_registration()[0] == BeginWizard(State.REGISTRATION, ISSUED)


def test_registration_not_from_an_active_card(wizard_flow: Flow) -> None:
    request = lookup(wizard_flow, ANNA)
    wizard_flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    assert wizard_flow.start_registration() == []


def test_finished_registration_shows_the_now_active_card(wizard_flow: Flow) -> None:
    wizard_flow.start_registration()
    card = make_card(ISSUED, "active")
    assert wizard_flow.wizard_finished(card) == [Show(State.CARD)]
    assert wizard_flow.card is card


def test_add_card_from_the_card_screen(wizard_flow: Flow) -> None:
    request = lookup(wizard_flow, ANNA)
    wizard_flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    assert wizard_flow.start_add_card()[0] == BeginWizard(State.ADD_CARD, ANNA)
    assert wizard_flow.wizard_cancelled()[-1] == Show(State.ATTRACT)
    assert wizard_flow.card is None


def test_wizard_finished_without_a_card_returns_to_start(wizard_flow: Flow) -> None:
    wizard_flow.start_registration()
    assert wizard_flow.wizard_finished(None)[-1] == Show(State.ATTRACT)


def test_wizard_results_outside_a_wizard_are_ignored(wizard_flow: Flow) -> None:
    assert wizard_flow.wizard_finished(make_card(ANNA, "active")) == []
    assert wizard_flow.wizard_cancelled() == []


def test_idle_in_a_wizard_wipes_it(wizard_flow: Flow) -> None:
    wizard_flow.start_registration()
    commands = wizard_flow.idle_timeout()
    assert WipePersonalData() in commands
    assert wizard_flow.state is State.ATTRACT


# --- failures of the client -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (errors.NotFound("GET /cards/•••• 9999: 404"), Failure.NOT_FOUND),
        (errors.ValidationFailed("422"), Failure.INVALID_NUMBER),
        (errors.CentralTimeout("timeout"), Failure.TIMEOUT),
        (errors.CentralOffline("refused"), Failure.OFFLINE),
        (errors.ServerError("500"), Failure.SERVER),
        (errors.BadResponse("not json"), Failure.SERVER),
        (errors.Unauthorized("401"), Failure.SERVER),
        (RuntimeError("bug"), Failure.SERVER),
    ],
)
def test_classify_failure(error: BaseException, failure: Failure) -> None:
    assert classify_failure(error) is failure

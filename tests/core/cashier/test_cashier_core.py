"""Cashier mode's decisions (kiosk.core.cashier.session) and its entry in the kiosk flow,
Qt-free."""

from __future__ import annotations

import pytest

from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier.session import (
    ActivationRow,
    AskStillHere,
    CashierSession,
    CheckStaffPin,
    EndStaffSession,
    HandOver,
    LeaveCashierMode,
    OpenService,
    RecordActivation,
    RowChanged,
    RowResult,
    ScanNotRecognised,
    ShowList,
    ShowPinPage,
    ShowPinProblem,
    SignInProblem,
    StaffMember,
    Stage,
    StartStaffIdle,
    StopStaffIdle,
    sign_in_problem,
)
from kiosk.core.client import CentralClient
from kiosk.core.client.errors import CentralError
from kiosk.core.flow import (
    BeginWizard,
    CashierScan,
    EndParkedStaffSession,
    Flow,
    LookupCard,
    Show,
    StaffBadgeScanned,
    State,
)

SOLD = "2990000020000"
SOLD_2 = "2990000020017"
PARTNER = "2991000000146"
PRODUCT = "4810000000018"
IRINA = StaffMember("S-0001", "Кассир Ирина", "cashier", token="secret-token")


def signed_in(session: CashierSession | None = None) -> CashierSession:
    session = session or CashierSession()
    session.badge_scanned("B0001")
    [check] = session.pin_entered("4321")
    assert isinstance(check, CheckStaffPin)
    session.sign_in_succeeded(check.generation, IRINA)
    return session


# --- sign-in -------------------------------------------------------------------------------


def test_a_badge_asks_for_the_pin_and_only_the_centrals_yes_signs_in() -> None:
    session = CashierSession()

    assert session.badge_scanned("B0001") == [ShowPinPage()]
    assert session.stage is Stage.PIN and not session.signed_in
    [check] = session.pin_entered("4321")
    assert isinstance(check, CheckStaffPin)
    assert (check.badge, check.pin) == ("B0001", "4321")
    assert "4321" not in repr(check) and "B0001" not in repr(check)
    assert session.pin_entered("4321") == []  # one check at a time

    assert session.sign_in_succeeded(check.generation, IRINA) == [ShowList(), StartStaffIdle()]
    assert session.signed_in and session.member == IRINA
    assert "secret-token" not in repr(IRINA)


def test_wrong_pins_and_the_lockout_keep_the_pin_page_with_the_reason() -> None:
    session = CashierSession()
    session.badge_scanned("B0001")
    [check] = session.pin_entered("0000")

    wrong = session.sign_in_failed(check.generation, SignInProblem.WRONG_PIN, attempts_left=4)

    assert wrong == [ShowPinProblem(SignInProblem.WRONG_PIN, attempts_left=4)]
    assert session.stage is Stage.PIN and session.member is None
    [check] = session.pin_entered("0000")
    locked = session.sign_in_failed(check.generation, SignInProblem.LOCKED, minutes=5)
    assert locked == [ShowPinProblem(SignInProblem.LOCKED, minutes=5)]
    assert not session.signed_in


def test_the_pin_page_says_what_the_centrals_refusals_mean(
    central: EmbeddedCentral, client: CentralClient
) -> None:
    def refusal(badge: str, pin: str = "0000", *, via: CentralClient = client) -> object:
        with pytest.raises(CentralError) as caught:
            via.staff_login(badge, pin)
        return sign_in_problem(caught.value)

    # A badge no member has is a wrong PIN as any other: the central does not tell them apart.
    assert refusal("B9999") == (SignInProblem.WRONG_PIN, 4, None)
    assert refusal("B0001") == (SignInProblem.WRONG_PIN, 4, None)
    for badge in ("B9999", "B9999", "B0001", "B0001", "B0002", "B0002", "B0003", "B0003"):
        refusal(badge)
    # Ten wrong PINs at this kiosk within 15 minutes: it takes no sign-in for a while.
    assert refusal("B0002", "1111") == (SignInProblem.TERMINAL_PAUSED, None, 15)
    with CentralClient(central.url, "no-terminals-token", terminal_id="DEMO-01") as stranger:
        refused = refusal("B0001", "4321", via=stranger)
    assert refused == (SignInProblem.TERMINAL_REFUSED, None, None)


def test_a_late_yes_after_the_pin_page_was_left_ends_that_session_at_once() -> None:
    session = CashierSession()
    session.badge_scanned("B0001")
    [check] = session.pin_entered("4321")

    session.abandon_sign_in()

    assert session.sign_in_succeeded(check.generation, IRINA) == [EndStaffSession("secret-token")]
    assert not session.signed_in
    assert session.sign_in_failed(check.generation, SignInProblem.WRONG_PIN) == []


def test_cancel_on_the_pin_page_leaves_and_drops_the_check() -> None:
    session = CashierSession()
    session.badge_scanned("B0001")
    [check] = session.pin_entered("4321")

    assert session.pin_cancelled() == [LeaveCashierMode()]
    assert session.sign_in_succeeded(check.generation, IRINA) == [EndStaffSession("secret-token")]


# --- the list ------------------------------------------------------------------------------


def test_each_scan_adds_a_row_recorded_in_the_outbox_first() -> None:
    session = signed_in()

    commands = session.scanned(SOLD)

    assert commands == [RecordActivation(0, SOLD, "S-0001"), RowChanged(0), StartStaffIdle()]
    assert session.rows == [ActivationRow(0, SOLD, RowResult.SENDING)]
    assert session.recorded(0, outbox_id=41) == []
    assert session.delivery(41, "activated") == [RowChanged(0)]
    assert (session.rows[0].result, session.activated) == (RowResult.ACTIVATED, 1)


def test_every_result_kind_reaches_its_row() -> None:
    session = signed_in()
    cards = ["2990000020000", "2990000020017", "2990000020024", "2990000020031", "2990000020048"]
    outcomes = ["activated", "already-activated", "unknown-card", "blocked", "waiting"]
    for n, (card, outcome) in enumerate(zip(cards, outcomes, strict=True)):
        session.scanned(card)
        session.recorded(n, 100 + n)
        session.delivery(100 + n, outcome)
    session.scanned(PRODUCT)
    session.scanned(PARTNER)

    assert [row.result for row in session.rows] == [
        RowResult.ACTIVATED,
        RowResult.ALREADY_ACTIVATED,
        RowResult.UNKNOWN_CARD,
        RowResult.BLOCKED,
        RowResult.QUEUED,
        RowResult.NOT_OURS,
        RowResult.NOT_OURS,
    ]
    assert (session.activated, session.waiting) == (1, 1)
    # The queued one is delivered later.
    assert session.delivery(104, "activated") == [RowChanged(4)]
    assert (session.activated, session.waiting) == (2, 0)


def test_rows_behind_a_waiting_one_wait_too() -> None:
    session = signed_in()
    session.scanned(SOLD)
    session.recorded(0, 1)
    session.scanned(SOLD_2)
    session.recorded(1, 2)

    assert session.delivery(1, "waiting") == [RowChanged(0), RowChanged(1)]
    session.scanned(SOLD)
    assert session.recorded(2, 3) == [RowChanged(2)]
    assert [row.result for row in session.rows] == [RowResult.QUEUED] * 3
    session.delivery(1, "activated")
    assert session.rows[1].result is RowResult.QUEUED  # until its own answer comes
    session.delivery(2, "activated")
    assert session.rows[1].result is RowResult.ACTIVATED


def test_an_outcome_may_arrive_before_the_row_knows_its_outbox_id() -> None:
    session = signed_in()
    session.scanned(SOLD)

    assert session.delivery(7, "activated") == []
    assert session.recorded(0, 7) == [RowChanged(0)]
    assert session.rows[0].result is RowResult.ACTIVATED


def test_the_same_card_twice_in_a_row_is_one_row_junk_and_badges_add_none() -> None:
    session = signed_in()
    session.scanned(SOLD)

    assert session.scanned(SOLD) == []
    assert session.scanned("hello!") == [ScanNotRecognised()]
    assert session.scanned("B0002") == []
    session.scanned(SOLD_2)
    session.scanned(SOLD)
    assert [row.card_number for row in session.rows] == [SOLD, SOLD_2, SOLD]


def test_a_full_disk_marks_the_row_not_recorded() -> None:
    session = signed_in()
    session.scanned(SOLD)

    assert session.record_failed(0) == [RowChanged(0)]
    assert session.rows[0].result is RowResult.NOT_RECORDED
    assert session.waiting == 0


def test_an_outbox_that_cannot_write_for_another_reason_is_not_called_full() -> None:
    session = signed_in()
    session.scanned(SOLD)

    assert session.record_failed(0, disk_full=False) == [RowChanged(0)]
    assert session.rows[0].result is RowResult.NOT_STORED


def test_hand_over_only_for_a_card_that_is_issued() -> None:
    session = signed_in()
    session.scanned(SOLD)
    session.recorded(0, 1)
    session.scanned(SOLD_2)
    session.recorded(1, 2)
    session.delivery(2, "waiting")

    assert session.hand_over(1) == []  # still queued: the central does not know it is sold
    session.delivery(1, "activated")
    assert session.hand_over(0) == [HandOver(SOLD)]
    assert session.stage is Stage.HANDED_OVER and session.signed_in
    assert session.scanned(SOLD_2) == []


def test_no_hand_over_for_a_card_registered_already() -> None:
    session = signed_in()
    session.scanned(SOLD)
    session.recorded(0, 1)
    session.delivery(1, "already-registered")

    assert session.rows[0].result is RowResult.ALREADY_REGISTERED
    assert session.hand_over(0) == [], "nothing left for the shopper to register"
    assert session.signed_in and session.stage is not Stage.HANDED_OVER


# --- the end -------------------------------------------------------------------------------


def test_staff_idle_asks_on_the_list_and_ends_quietly_after_a_hand_over() -> None:
    session = signed_in()
    assert session.staff_idle_elapsed() == [AskStillHere()]
    assert session.still_here_confirmed() == [StartStaffIdle()]
    session.scanned(SOLD)
    session.recorded(0, 1)
    session.delivery(1, "activated")
    session.hand_over(0)

    assert session.staff_idle_elapsed() == [StopStaffIdle(), EndStaffSession("secret-token")]
    assert not session.signed_in
    assert session.staff_idle_elapsed() == []


def test_only_the_service_role_opens_the_service_screen_signed_out_first() -> None:
    assert signed_in().open_service() == []
    engineer = StaffMember("S-0003", "Инженер Олег", "service", token="t3")
    session = CashierSession()
    session.badge_scanned("B0003")
    [check] = session.pin_entered("2580")
    session.sign_in_succeeded(check.generation, engineer)

    assert session.open_service() == [StopStaffIdle(), EndStaffSession("t3"), OpenService()]
    assert not session.signed_in


def test_sign_out_ends_the_central_session_and_forgets_the_list() -> None:
    session = signed_in()
    session.scanned(SOLD)

    assert session.sign_out() == [
        StopStaffIdle(),
        EndStaffSession("secret-token"),
        LeaveCashierMode(),
    ]
    assert (session.stage, session.member, session.rows) == (Stage.SIGNED_OUT, None, [])
    assert session.sign_out() == []


def test_a_shopper_card_on_the_start_screen_ends_a_handed_over_session() -> None:
    session = signed_in()
    session.scanned(SOLD)
    session.recorded(0, 1)
    session.delivery(1, "activated")
    session.hand_over(0)

    assert session.shopper_card_on_start_screen() == [
        StopStaffIdle(),
        EndStaffSession("secret-token"),
    ]
    assert not session.signed_in


def test_a_badge_while_still_signed_in_signs_out_first() -> None:
    session = signed_in()

    commands = session.badge_scanned("B0002")

    assert commands == [StopStaffIdle(), EndStaffSession("secret-token"), ShowPinPage()]
    assert session.stage is Stage.PIN and session.member is None


# --- the kiosk flow ------------------------------------------------------------------------


@pytest.fixture
def flow() -> Flow:
    return Flow(plugged_in=(State.CASHIER, State.REGISTRATION))


def test_a_badge_on_the_start_screen_enters_cashier_mode(flow: Flow) -> None:
    commands = flow.scan("B0001\n")

    assert commands == [StaffBadgeScanned("B0001"), Show(State.CASHIER)]
    assert flow.state is State.CASHIER
    assert flow.scan(SOLD) == [CashierScan(SOLD)]
    assert flow.scan("junk") == [CashierScan("junk")]
    assert flow.corner_tap() == []


def test_a_badge_elsewhere_or_without_cashier_mode_is_no_badge() -> None:
    plain = Flow()
    assert plain.scan("B0001") == [StaffBadgeScanned("B0001")]
    assert plain.state is State.ATTRACT
    flow = Flow(plugged_in=(State.CASHIER,))
    flow.scan(SOLD)
    assert flow.state is State.LOADING
    assert flow.scan("B0001") == [StaffBadgeScanned("B0001")]
    assert flow.state is State.LOADING


def test_hand_over_opens_registration_and_a_shopper_card_then_ends_the_staff_session(
    flow: Flow,
) -> None:
    flow.scan("B0001")

    commands = flow.hand_over_to_shopper(SOLD)

    assert commands[0] == BeginWizard(State.REGISTRATION, SOLD)
    assert flow.state is State.REGISTRATION and flow.staff_parked
    flow.wizard_cancelled()
    commands = flow.scan(SOLD_2)
    assert commands[0] == EndParkedStaffSession()
    assert any(isinstance(c, LookupCard) for c in commands)
    assert not flow.staff_parked
    flow.done()
    assert not any(isinstance(c, EndParkedStaffSession) for c in flow.scan(SOLD))


def test_the_service_role_opens_the_service_screen_from_cashier_mode(flow: Flow) -> None:
    assert flow.open_service_as_staff() == []
    flow.scan("B0003")

    assert flow.open_service_as_staff() == [Show(State.SERVICE)]
    assert flow.state is State.SERVICE

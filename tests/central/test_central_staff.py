"""Staff sign-in with lockout, and card activation with its audit trail."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import requests

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.central.storage.store import MIGRATIONS, Store
from kiosk.central.storage.terminal_records import BadgeAttempts
from kiosk.contract import CardInfo, StaffSession, TerminalStatus
from tests.support.central_api import (
    ANNA_CARD,
    BLOCKED_CARD,
    ISSUED_CARDS,
    NOT_ISSUED_CARDS,
    UNKNOWN_CARD,
    Api,
    field_errors,
    problem,
)


def staff_login(api: Api, badge: str = "B0001", pin: str = "4321") -> requests.Response:
    return api.post("/sessions/staff", {"badge": badge, "pin": pin})


def activate(
    api: Api, token: str, card: str, terminal_id: str = "DEMO-01", key: str | None = None
) -> requests.Response:
    headers = {"X-Session-Token": token}
    if key is not None:
        headers["Idempotency-Key"] = key
    return api.post(f"/cards/{card}/activation", {"terminal_id": terminal_id}, headers=headers)


# --- staff sign-in -------------------------------------------------------------------------


def test_staff_login(central_api: Api) -> None:
    response = staff_login(central_api)

    assert response.status_code == 201
    staff = StaffSession.model_validate(response.json())
    assert (staff.staff_id, staff.display_name, staff.expires_in) == (
        "S-0001",
        "Кассир Ирина",
        3600,
    )
    second = StaffSession.model_validate(staff_login(central_api, "B0002", "1111").json())
    assert second.staff_id == "S-0002"


def test_wrong_pin_counts_down(central_api: Api) -> None:
    for attempts_left in (4, 3, 2):
        body = problem(staff_login(central_api, pin="0000"), 401, "wrong-pin")
        assert body["attempts_left"] == attempts_left
    # A right PIN before the limit resets the count.
    assert staff_login(central_api).status_code == 201
    body = problem(staff_login(central_api, pin="0000"), 401, "wrong-pin")
    assert body["attempts_left"] == 4


def test_five_wrong_pins_lock_the_badge_for_five_minutes(
    central_api: Api, manual_clock: ManualClock
) -> None:
    for _ in range(4):
        problem(staff_login(central_api, pin="0000"), 401, "wrong-pin")
    response = staff_login(central_api, pin="0000")
    body = problem(response, 429, "staff-locked")
    assert body["retry_after"] == 300
    assert response.headers["Retry-After"] == "300"

    # Locked even for the right PIN; the other badge still works.
    manual_clock.advance(dt.timedelta(minutes=4))
    body = problem(staff_login(central_api), 429, "staff-locked")
    assert body["retry_after"] == 60
    assert "1" in body["detail"]
    assert staff_login(central_api, "B0002", "1111").status_code == 201

    manual_clock.advance(dt.timedelta(minutes=1))
    assert staff_login(central_api).status_code == 201


def test_after_the_lock_a_fresh_five_tries(central_api: Api, manual_clock: ManualClock) -> None:
    for _ in range(5):
        staff_login(central_api, pin="9999")
    manual_clock.advance(300)

    body = problem(staff_login(central_api, pin="9999"), 401, "wrong-pin")
    assert body["attempts_left"] == 4


def test_an_unknown_badge_is_answered_as_a_known_one_with_a_wrong_pin(
    central_api: Api, second_terminal: Api, manual_clock: ManualClock
) -> None:
    def answers(api: Api, badge: str) -> list[tuple[int, dict[str, object], str | None]]:
        found = []
        for _ in range(6):
            response = staff_login(api, badge, "0000")
            found.append(
                (response.status_code, response.json(), response.headers.get("Retry-After"))
            )
        return found

    # From two terminals, each well below its own cap on wrong PINs.
    known, unknown = answers(central_api, "B0001"), answers(second_terminal, "B9999")

    # Same statuses, codes, texts and counts: nothing tells a badge of the chain from another.
    assert known == unknown
    assert [status for status, _, _ in known] == [401, 401, 401, 401, 429, 429]
    assert [body.get("attempts_left") for _, body, _ in known[:4]] == [4, 3, 2, 1]
    assert {body["code"] for _, body, _ in known} == {"wrong-pin", "staff-locked"}
    manual_clock.advance(300)
    assert problem(staff_login(central_api, "B9999"), 401, "wrong-pin")["attempts_left"] == 4


def test_wrong_pins_are_capped_per_terminal(
    central_api: Api, second_terminal: Api, manual_clock: ManualClock
) -> None:
    # Ten wrong PINs within 15 minutes from one terminal, over several badges (none locked).
    for n in range(10):
        manual_clock.advance(10)
        problem(staff_login(central_api, f"B{n % 3 + 1:04d}", "0000"), 401, "wrong-pin")

    # Then the terminal takes no sign-in at all until the oldest leaves the window, even with a
    # right PIN, so one terminal cannot lock out every cashier; the other terminal is not held.
    body = problem(staff_login(central_api, "B0002", "1111"), 429, "rate-limited")
    assert body["retry_after"] == 900 - 90
    assert "терминал" in body["detail"]
    assert staff_login(second_terminal, "B0002", "1111").status_code == 201
    problem(staff_login(central_api, "B0004", "0000"), 429, "rate-limited")

    manual_clock.advance(810)
    assert staff_login(central_api, "B0002", "1111").status_code == 201


def test_a_lock_of_the_previous_schema_carries_over(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    database = sqlite3.connect(path)
    for statements in MIGRATIONS[:5]:
        for statement in statements:
            database.execute(statement)
    database.execute("PRAGMA user_version = 5")
    database.execute(
        "INSERT INTO staff (id, badge, pin_hash, display_name, failed_pins, locked_until)"
        " VALUES ('S-1', 'B1', 'x', 'A', 0, 2000000000.0), ('S-2', 'B2', 'x', 'B', 3, NULL),"
        " ('S-3', 'B3', 'x', 'C', 0, NULL)"
    )
    database.commit()
    database.close()

    store = Store(path)
    try:
        assert store.badge_attempts("B1") == BadgeAttempts(0, 2000000000.0)
        assert store.badge_attempts("B2") == BadgeAttempts(3, None)
        assert store.badge_attempts("B3") == BadgeAttempts(0, None)
    finally:
        store.close()


def test_staff_session_expires_after_an_hour(central_api: Api, manual_clock: ManualClock) -> None:
    token = central_api.staff_login()
    manual_clock.advance(3600)

    problem(activate(central_api, token, NOT_ISSUED_CARDS[0]), 401, "session-expired")


# --- activation ----------------------------------------------------------------------------


def test_activation_issues_a_sold_card_and_audits_it_once(
    central: EmbeddedCentral, central_api: Api, second_terminal: Api, manual_clock: ManualClock
) -> None:
    token = central_api.staff_login()
    card = NOT_ISSUED_CARDS[0]
    assert central_api.get(f"/cards/{card}").json()["card_prices"] is False

    response = activate(central_api, token, card)

    assert response.status_code == 201
    info = CardInfo.model_validate(response.json())
    assert (info.number, info.status, info.card_prices, info.account) == (
        card,
        "issued",
        True,
        None,
    )
    assert central_api.get(f"/cards/{card}").json()["status"] == "issued"

    # Repeats (another key, another terminal, later) change nothing and add no audit row.
    manual_clock.advance(60)
    again = activate(second_terminal, token, card, terminal_id="DEMO-02")
    assert again.status_code == 200
    assert again.json()["status"] == "issued"
    audit = central.store.activations()
    assert [(a.card_number, a.staff_id, a.terminal_id) for a in audit] == [
        (card, "S-0001", "DEMO-01")
    ]
    assert audit[0].activated_at == manual_clock.now().timestamp() - 60


def test_activated_card_can_then_be_registered(central_api: Api) -> None:
    token = central_api.staff_login()
    activate(central_api, token, NOT_ISSUED_CARDS[1])

    result = central_api.register(NOT_ISSUED_CARDS[1])

    assert result["card"]["status"] == "active"


def test_activation_of_issued_and_active_cards_changes_nothing(
    central: EmbeddedCentral, central_api: Api
) -> None:
    token = central_api.staff_login()

    issued = activate(central_api, token, ISSUED_CARDS[0])
    assert (issued.status_code, issued.json()["status"]) == (200, "issued")
    active_response = activate(central_api, token, ANNA_CARD)
    assert active_response.status_code == 200
    active = active_response.json()
    assert active["status"] == "active"
    assert active["account"]["first_name"] == "Анна"
    assert central.store.activations() == []


def test_activation_refusals(central_api: Api) -> None:
    token = central_api.staff_login()

    problem(activate(central_api, token, BLOCKED_CARD), 409, "card-blocked")
    problem(activate(central_api, token, UNKNOWN_CARD), 404, "card-not-found")
    problem(activate(central_api, token, "1234"), 422, "invalid-card-number")
    body = problem(activate(central_api, token, NOT_ISSUED_CARDS[0], "x y"), 422, "validation")
    assert field_errors(body) == {"terminal_id": "terminal-id"}
    # A trailing line break is no part of a terminal id either.
    body = problem(
        activate(central_api, token, NOT_ISSUED_CARDS[0], "DEMO-01\n"), 422, "validation"
    )
    assert field_errors(body) == {"terminal_id": "terminal-id"}
    assert central_api.get(f"/cards/{NOT_ISSUED_CARDS[0]}").json()["status"] == "not_issued"


def test_activation_needs_a_staff_session(central_api: Api) -> None:
    shopper_token = central_api.login()

    problem(activate(central_api, shopper_token, NOT_ISSUED_CARDS[0]), 403, "forbidden")
    response = central_api.post(
        f"/cards/{NOT_ISSUED_CARDS[0]}/activation", {"terminal_id": "DEMO-01"}
    )
    problem(response, 401, "unauthorized")
    assert central_api.get(f"/cards/{NOT_ISSUED_CARDS[0]}").json()["status"] == "not_issued"


def test_activation_replayed_with_the_same_key(central: EmbeddedCentral, central_api: Api) -> None:
    token = central_api.staff_login()
    first = activate(central_api, token, NOT_ISSUED_CARDS[0], key="act-1")

    again = activate(central_api, token, NOT_ISSUED_CARDS[0], key="act-1")

    assert again.status_code == first.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert again.content == first.content
    assert len(central.store.activations()) == 1


# --- activations queued at the terminal, staff roles, the terminals overview ----------------


def test_a_queued_activation_names_its_cashier_and_scan_time(
    central: EmbeddedCentral, central_api: Api, manual_clock: ManualClock
) -> None:
    scanned = manual_clock.now() - dt.timedelta(minutes=30)
    body = {"terminal_id": "DEMO-01", "staff_id": "S-0002", "scanned_at": scanned.isoformat()}

    # The cashier's session ended long ago: the terminal token and the staff id suffice.
    response = central_api.post(f"/cards/{NOT_ISSUED_CARDS[0]}/activation", body)

    assert response.status_code == 201
    [audit] = central.store.activations()
    assert (audit.staff_id, audit.terminal_id, audit.scanned_at) == (
        "S-0002",
        "DEMO-01",
        scanned.timestamp(),
    )
    unknown = {"terminal_id": "DEMO-01", "staff_id": "S-9999"}
    refused = central_api.post(f"/cards/{NOT_ISSUED_CARDS[1]}/activation", unknown)
    assert field_errors(problem(refused, 422, "validation")) == {"staff_id": "unknown-staff"}


@pytest.mark.parametrize(
    "scanned_at",
    [
        "0001-01-01T00:00:00",  # no offset: not an RFC 3339 time
        "2025-06-16T09:00:00",
        1750064400,  # a Unix time, which the document does not offer
        1750064400.5,
        "1750064400",
        "2025-06-16",
        "16.06.2025 09:00",
        "",
    ],
)
def test_a_scan_time_must_be_an_rfc3339_time(
    central: EmbeddedCentral, central_api: Api, scanned_at: object
) -> None:
    body = {"terminal_id": "DEMO-01", "staff_id": "S-0001", "scanned_at": scanned_at}

    response = central_api.post(f"/cards/{NOT_ISSUED_CARDS[0]}/activation", body)

    assert field_errors(problem(response, 422, "validation")) == {"scanned_at": "invalid"}
    assert central.store.activations() == []


@pytest.mark.parametrize(
    ("scanned_at", "accepted"),
    [
        (dt.timedelta(days=-30), True),  # queued through a month-long outage
        (dt.timedelta(days=-30, seconds=-1), False),
        (dt.timedelta(minutes=5), True),  # the terminal's clock a little ahead
        (dt.timedelta(minutes=5, seconds=1), False),
        ("0001-01-01T00:00:00+00:00", False),
        ("0001-01-01T00:00:00+14:00", False),
        ("9999-12-31T23:59:59-12:00", False),
    ],
)
def test_a_scan_time_lies_within_a_window_of_the_centrals_clock(
    central: EmbeddedCentral,
    central_api: Api,
    manual_clock: ManualClock,
    scanned_at: dt.timedelta | str,
    accepted: bool,
) -> None:
    if isinstance(scanned_at, dt.timedelta):
        # In another offset than the central's UTC: the same instant is meant.
        minsk = dt.timezone(dt.timedelta(hours=3))
        scanned_at = (manual_clock.now() + scanned_at).astimezone(minsk).isoformat()
    body = {"terminal_id": "DEMO-01", "staff_id": "S-0001", "scanned_at": scanned_at}

    response = central_api.post(f"/cards/{NOT_ISSUED_CARDS[0]}/activation", body)

    if accepted:
        assert response.status_code == 201, response.text
        [audit] = central.store.activations()
        assert audit.scanned_at == dt.datetime.fromisoformat(scanned_at).timestamp()
    else:
        refusal = problem(response, 422, "validation")
        assert field_errors(refusal) == {"scanned_at": "scan-time-window"}
        assert "30" in refusal["errors"][0]["message"]
        assert central.store.activations() == []


def test_a_session_cannot_activate_in_another_cashiers_name(central_api: Api) -> None:
    token = central_api.staff_login()
    body = {"terminal_id": "DEMO-01", "staff_id": "S-0002"}

    response = central_api.post(
        f"/cards/{NOT_ISSUED_CARDS[0]}/activation", body, headers={"X-Session-Token": token}
    )

    problem(response, 403, "forbidden")


def test_staff_sessions_carry_the_role(central_api: Api) -> None:
    cashier = StaffSession.model_validate(staff_login(central_api).json())
    engineer = StaffSession.model_validate(staff_login(central_api, "B0003", "2580").json())

    assert (cashier.role, engineer.role) == ("cashier", "service")


def test_terminals_list_the_last_heartbeat_of_each_for_the_service_role(
    central_api: Api, second_terminal: Api, manual_clock: ManualClock
) -> None:
    beat = {
        "version": "1.2.3",
        "uptime_seconds": 50,
        "outbox_depth": 3,
        "oldest_outbox_age_seconds": 120,
        "dead_letters": 1,
        "last_scan_at": "2025-06-16T08:59:00+00:00",
        "last_central_answer_at": "2025-06-16T08:58:00+00:00",
    }
    assert central_api.post("/terminals/DEMO-01/heartbeat", beat).status_code == 200
    manual_clock.advance(60)
    later = {**beat, "uptime_seconds": 110, "outbox_depth": 0, "oldest_outbox_age_seconds": None}
    assert central_api.post("/terminals/DEMO-01/heartbeat", later).status_code == 200
    # A terminal whose outbox cannot write says so (its rows are kept).
    stuck = {**beat, "version": "1.0", "outbox_problem": "read-only"}
    assert second_terminal.post("/terminals/DEMO-02/heartbeat", stuck).ok

    engineer = StaffSession.model_validate(staff_login(central_api, "B0003", "2580").json())
    response = central_api.get("/terminals", headers={"X-Session-Token": engineer.token})

    assert response.status_code == 200
    listed = [TerminalStatus.model_validate(item) for item in response.json()]
    assert [(t.terminal_id, t.version, t.uptime_seconds, t.outbox_depth) for t in listed] == [
        ("DEMO-01", "1.2.3", 110, 0),
        ("DEMO-02", "1.0", 50, 3),
    ]
    first = listed[0]
    assert (first.oldest_outbox_age_seconds, first.dead_letters) == (None, 1)
    assert (first.outbox_problem, listed[1].outbox_problem) == (None, "read-only")
    assert first.received_at == manual_clock.now()
    assert first.last_central_answer_at == dt.datetime(2025, 6, 16, 8, 58, tzinfo=dt.UTC)

    cashier = central_api.staff_login()
    problem(central_api.get("/terminals", headers={"X-Session-Token": cashier}), 403, "forbidden")
    problem(central_api.get("/terminals"), 401, "unauthorized")

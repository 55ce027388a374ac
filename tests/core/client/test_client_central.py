"""Every endpoint of API v1 through the kiosk's client, against the reference central on loopback.

The ``central`` fixture runs the reference service on demo data (see the README's demo data table);
``client`` is a CentralClient pointed at it with the demo terminal token.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.contract import Heartbeat, RegistrationRequest
from kiosk.core.client import ActivationResult, CentralClient
from kiosk.core.client.errors import (
    Conflict,
    NotFound,
    RateLimited,
    Unauthorized,
    ValidationFailed,
)
from tests.support.accounts import account
from tests.support.demo_numbers import (
    ANNA_CARD,
    ANNA_PARTNER_CARD,
    ANNA_PHONE,
    BLOCKED_CARD,
    DEMO_PASSWORD,
    ISSUED_CARDS,
    ISSUED_PARTNER_CARD,
    NEW_PHONE,
    NOT_ISSUED_CARDS,
    OLGA_PHONE,
    SERGEY_CARD,
    UNKNOWN_CARD,
)

SERGEI_CARD = SERGEY_CARD
NOT_ISSUED_CARD = NOT_ISSUED_CARDS[0]


def latest_code(client: CentralClient, phone: str) -> str:
    """The newest code the demo SMS gateway sent to ``phone``."""
    for sms in client.demo_sms():
        if sms.phone == phone:
            return sms.code
    raise AssertionError("no SMS was sent to this phone")


def registration(card: str, phone: str = NEW_PHONE, **changes: Any) -> RegistrationRequest:
    fields: dict[str, Any] = {
        "card_number": card,
        "last_name": "Ковальчук",
        "first_name": "Алеся",
        "patronymic": "Іванаўна",
        "gender": "female",
        "birth_date": dt.date(1990, 5, 17),
        "home_address": "Минск, ул. Немига, 5",
        "email": "alesia@example.by",
        "phone": phone,
        "password": "Zorka2024",
        "consent_rules_version": "",
        **changes,
    }
    return RegistrationRequest(**fields)


@pytest.fixture
def rules_version(client: CentralClient) -> str:
    return client.program_info().rules_version


# --- program, health -----------------------------------------------------------------------------


def test_program_info(client: CentralClient) -> None:
    program = client.program_info()

    assert program.card_limit == 5
    assert program.min_age == 16
    assert program.support_phone == "8 800-555-36-09"
    assert program.sms_policy.code_length == 6
    assert program.sms_policy.resend_cooldown_seconds == 60
    assert program.password_policy.min_length == 8
    for text in (program.rules, program.requirements, program.general_info):
        assert text.ru and text.be and text.en and text.ru != text.en
    required = {f.name for f in program.registration_fields if f.required}
    assert {"card_number", "last_name", "first_name", "phone", "password"} <= required
    assert "patronymic" not in required
    assert sorted(p.discount_percent for p in program.promotions) == [10, 15]


# --- card lookup ---------------------------------------------------------------------------------


def test_active_card_shows_the_account(client: CentralClient) -> None:
    card = client.lookup_card(ANNA_CARD)

    assert (card.kind, card.status, card.card_prices) == ("own", "active", True)
    assert card.account is not None
    assert card.account.first_name == "Анна"
    assert card.account.points == 123456
    assert Decimal(card.account.points_value.amount) == Decimal("1234.56")
    assert {c.masked for c in card.account.cards} == {"•••• 0019", "•••• 0153"}
    assert {o.kind for o in card.account.offers} == {"targeted"}
    assert [p.discount_percent for p in card.promotions_today] == [10]


def test_birthday_offer_in_the_birthday_window(client: CentralClient) -> None:
    card = client.lookup_card(SERGEI_CARD)

    assert card.account is not None
    assert "birthday" in {offer.kind for offer in card.account.offers}


def test_active_partner_card(client: CentralClient) -> None:
    card = client.lookup_card(ANNA_PARTNER_CARD)

    assert (card.kind, card.status) == ("partner", "active")
    assert card.account is not None and card.account.first_name == "Анна"


@pytest.mark.parametrize(
    ("number", "kind", "status", "card_prices"),
    [
        (ISSUED_CARDS[0], "own", "issued", True),
        (ISSUED_PARTNER_CARD, "partner", "issued", True),
        (NOT_ISSUED_CARD, "own", "not_issued", False),
        (BLOCKED_CARD, "own", "blocked", False),
    ],
)
def test_cards_without_an_account(
    client: CentralClient, number: str, kind: str, status: str, card_prices: bool
) -> None:
    card = client.lookup_card(number)

    assert (card.number, card.kind, card.status, card.card_prices) == (
        number,
        kind,
        status,
        card_prices,
    )
    assert card.account is None


def test_unknown_card_is_not_found(client: CentralClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.lookup_card(UNKNOWN_CARD)
    assert caught.value.code == "card-not-found"


@pytest.mark.parametrize("number", ["2990000000018", "299000000001", "29900000000AB", " "])
def test_misread_card_number_is_invalid(client: CentralClient, number: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        client.lookup_card(number)
    assert caught.value.code == "invalid-card-number"


def test_problem_details_follow_the_language(client: CentralClient) -> None:
    details = {}
    for language in ("ru", "be", "en"):
        client.language = language
        with pytest.raises(NotFound) as caught:
            client.lookup_card(UNKNOWN_CARD)
        assert caught.value.problem is not None
        details[language] = caught.value.problem.detail
    assert len(set(details.values())) == 3


# --- registration --------------------------------------------------------------------------------


def test_registration_with_sms_confirmation(client: CentralClient, rules_version: str) -> None:
    card = ISSUED_CARDS[0]
    status = client.start_registration(registration(card, consent_rules_version=rules_version))

    assert status.phone_masked.endswith("43-21")
    assert "765" not in status.phone_masked
    assert status.attempts_left == 5
    code = latest_code(client, NEW_PHONE)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"

    with pytest.raises(ValidationFailed) as caught:
        client.confirm_registration(status.registration_id, wrong)
    assert caught.value.code == "wrong-code"
    assert caught.value.problem is not None and caught.value.problem.attempts_left == 4

    confirmed = client.confirm_registration(status.registration_id, code)

    assert confirmed.card.number == card
    assert confirmed.card.status == "active"
    assert confirmed.card.account is not None
    assert confirmed.card.account.first_name == "Алеся"
    assert confirmed.session.first_name == "Алеся"
    assert account(client, confirmed.session.token).cards[0].masked == "•••• 0088"
    assert client.lookup_card(card).status == "active"
    # The code is single use.
    with pytest.raises(Conflict):
        client.confirm_registration(status.registration_id, code)
    # And the new account signs in with its password.
    assert client.login_password(NEW_PHONE, "Zorka2024").first_name == "Алеся"


def test_registration_resend_cooldown_and_new_code(
    client: CentralClient, central: EmbeddedCentral, rules_version: str
) -> None:
    status = client.start_registration(
        registration(ISSUED_CARDS[1], consent_rules_version=rules_version)
    )
    first_code = latest_code(client, NEW_PHONE)

    with pytest.raises(RateLimited) as caught:
        client.resend_registration_code(status.registration_id)
    assert caught.value.code == "resend-cooldown"
    assert caught.value.retry_after is not None and 0 < caught.value.retry_after <= 60

    central.clock.advance(dt.timedelta(seconds=61))
    resent = client.resend_registration_code(status.registration_id)
    second_code = latest_code(client, NEW_PHONE)

    assert resent.sends_left == status.sends_left - 1
    if second_code != first_code:
        # A resend invalidates the old code.
        with pytest.raises(ValidationFailed):
            client.confirm_registration(status.registration_id, first_code)
    assert client.confirm_registration(status.registration_id, second_code).card.status == "active"


@pytest.mark.parametrize(
    ("card", "phone", "code"),
    [
        (ANNA_CARD, NEW_PHONE, "card-registered"),
        (NOT_ISSUED_CARD, NEW_PHONE, "card-not-sold"),
        (BLOCKED_CARD, NEW_PHONE, "card-blocked"),
        (ISSUED_CARDS[2], OLGA_PHONE, "phone-registered"),
    ],
)
def test_registration_refusals(
    client: CentralClient, rules_version: str, card: str, phone: str, code: str
) -> None:
    with pytest.raises(Conflict) as caught:
        client.start_registration(registration(card, phone, consent_rules_version=rules_version))
    assert caught.value.code == code


def test_registration_field_errors(
    client: CentralClient, central: EmbeddedCentral, rules_version: str
) -> None:
    client.language = "en"
    request = registration(
        ISSUED_CARDS[2],
        first_name="R2-D2",
        email="not-an-email",
        birth_date=central.clock.today() - dt.timedelta(days=365 * 10),
        phone="+375171234567",  # a landline
        password="short",
        consent_rules_version=rules_version,
    )

    with pytest.raises(ValidationFailed) as caught:
        client.start_registration(request)

    errors = caught.value.field_errors
    assert {"first_name", "email", "birth_date", "phone", "password"} <= set(errors)
    assert all(message.strip() for message in errors.values())


def test_registration_is_idempotent_per_key(client: CentralClient, rules_version: str) -> None:
    request = registration(ISSUED_CARDS[3], consent_rules_version=rules_version)

    first = client.start_registration(request, idempotency_key="kiosk-reg-1")
    replay = client.start_registration(request, idempotency_key="kiosk-reg-1")

    assert replay == first
    assert sum(1 for sms in client.demo_sms() if sms.phone == NEW_PHONE) == 1
    changed = registration(
        ISSUED_CARDS[3], first_name="Вольга", consent_rules_version=rules_version
    )
    with pytest.raises(ValidationFailed) as caught:
        client.start_registration(changed, idempotency_key="kiosk-reg-1")
    assert caught.value.code == "idempotency-key-reused"


# --- shopper sessions ----------------------------------------------------------------------------


def test_password_login_account_and_logout(client: CentralClient) -> None:
    session = client.login_password(ANNA_PHONE, DEMO_PASSWORD)

    assert session.first_name == "Анна"
    assert session.card_limit == 5
    assert {c.masked for c in session.cards} == {"•••• 0019", "•••• 0153"}
    assert account(client, session.token).points == 123456

    client.logout(session.token)

    with pytest.raises(Unauthorized):
        account(client, session.token)


def test_wrong_password_does_not_say_which_part_is_wrong(client: CentralClient) -> None:
    with pytest.raises(Unauthorized) as wrong_password:
        client.login_password(ANNA_PHONE, "Wrong1234")
    with pytest.raises(Unauthorized) as unknown_phone:
        client.login_password("+375440000000", DEMO_PASSWORD)

    assert wrong_password.value.problem is not None and unknown_phone.value.problem is not None
    assert wrong_password.value.problem.detail == unknown_phone.value.problem.detail


def test_sms_login(client: CentralClient, central: EmbeddedCentral) -> None:
    challenge = client.start_sms_login(ANNA_PHONE)
    assert challenge.phone_masked.endswith("45-67")
    code = latest_code(client, ANNA_PHONE)

    with pytest.raises(RateLimited):
        client.resend_sms_login(challenge.challenge_id)
    central.clock.advance(dt.timedelta(seconds=61))
    resent = client.resend_sms_login(challenge.challenge_id)
    assert resent.challenge_id == challenge.challenge_id
    code = latest_code(client, ANNA_PHONE)

    session = client.confirm_sms_login(challenge.challenge_id, code)

    assert session.first_name == "Анна"
    assert account(client, session.token).first_name == "Анна"


def test_sms_login_for_an_unknown_phone_looks_the_same_but_sends_nothing(
    client: CentralClient,
) -> None:
    challenge = client.start_sms_login("+375440000001")

    assert challenge.phone_masked.endswith("00-01")
    assert all(sms.phone != "+375440000001" for sms in client.demo_sms())


# --- linking cards -------------------------------------------------------------------------------


@pytest.fixture
def anna_token(client: CentralClient) -> str:
    return client.login_password(ANNA_PHONE, DEMO_PASSWORD).token


def test_link_own_and_partner_cards(client: CentralClient, anna_token: str) -> None:
    summary = client.link_card(anna_token, ISSUED_CARDS[1])
    assert "•••• 0095" in {c.masked for c in summary.cards}

    summary = client.link_card(anna_token, ISSUED_PARTNER_CARD)
    linked = {c.masked: c for c in summary.cards}
    assert linked["•••• 0146"].kind == "partner"
    assert linked["•••• 0146"].status == "active"
    assert client.lookup_card(ISSUED_PARTNER_CARD).status == "active"

    # A card already on the account is simply still there.
    again = client.link_card(anna_token, ISSUED_CARDS[1])
    assert again.cards == summary.cards


def test_link_is_idempotent_per_key(client: CentralClient, anna_token: str) -> None:
    first = client.link_card(anna_token, ISSUED_CARDS[2], idempotency_key="link-1")
    replay = client.link_card(anna_token, ISSUED_CARDS[2], idempotency_key="link-1")

    assert replay == first


def test_card_limit_lists_the_linked_cards(client: CentralClient) -> None:
    olga = client.login_password(OLGA_PHONE, DEMO_PASSWORD)

    with pytest.raises(Conflict) as caught:
        client.link_card(olga.token, ISSUED_CARDS[0])

    assert caught.value.code == "card-limit"
    assert caught.value.problem is not None
    assert len(caught.value.problem.cards) == 5
    assert all(card.masked.startswith("••••") for card in caught.value.problem.cards)


@pytest.mark.parametrize(
    ("card", "error_type", "code"),
    [
        (SERGEI_CARD, Conflict, "card-other-account"),
        (BLOCKED_CARD, Conflict, "card-blocked"),
        (NOT_ISSUED_CARD, Conflict, "card-not-sold"),
        (UNKNOWN_CARD, NotFound, "card-not-found"),
        ("2990000000010", ValidationFailed, "invalid-card-number"),
    ],
)
def test_link_refusals(
    client: CentralClient, anna_token: str, card: str, error_type: type[Exception], code: str
) -> None:
    with pytest.raises(error_type) as caught:
        client.link_card(anna_token, card)
    assert getattr(caught.value, "code", None) == code


def test_link_needs_a_live_session(client: CentralClient) -> None:
    with pytest.raises(Unauthorized):
        client.link_card("not-a-session", ISSUED_CARDS[0])


# --- staff ---------------------------------------------------------------------------------------


def test_staff_login_and_card_activation(client: CentralClient, manual_clock: ManualClock) -> None:
    staff = client.staff_login("B0001", "4321")
    assert staff.display_name == "Кассир Ирина"
    scanned_at = manual_clock.now()  # the central's clock: it refuses a scan time far from it

    def activate(card: str, key: str) -> ActivationResult:
        return client.deliver_activation(
            card, staff_id=staff.staff_id, scanned_at=scanned_at, idempotency_key=key
        )

    activated = activate(NOT_ISSUED_CARD, "act-1")
    assert activated.activated_now
    assert (activated.card.status, activated.card.card_prices) == ("issued", True)
    assert client.lookup_card(NOT_ISSUED_CARD).status == "issued"

    # Replayed from the outbox with the same key, or scanned twice with a new key: never doubled.
    assert activate(NOT_ISSUED_CARD, "act-1") == activated
    again = activate(NOT_ISSUED_CARD, "act-2")
    assert (again.activated_now, again.card.status) == (False, "issued")

    with pytest.raises(Conflict) as caught:
        activate(BLOCKED_CARD, "act-3")
    assert caught.value.code == "card-blocked"


def test_staff_lockout_after_five_wrong_pins(
    client: CentralClient, central: EmbeddedCentral
) -> None:
    attempts_left = []
    for _ in range(4):
        with pytest.raises(Unauthorized) as caught:
            client.staff_login("B0002", "0000")
        assert caught.value.code == "wrong-pin"
        assert caught.value.problem is not None
        attempts_left.append(caught.value.problem.attempts_left)
    assert attempts_left == [4, 3, 2, 1]

    with pytest.raises(RateLimited) as fifth:
        client.staff_login("B0002", "0000")
    assert fifth.value.code == "staff-locked"
    with pytest.raises(RateLimited) as locked:
        client.staff_login("B0002", "1111")  # the right PIN, but the badge is locked

    assert locked.value.code == "staff-locked"
    assert locked.value.retry_after is not None and 0 < locked.value.retry_after <= 300
    central.clock.advance(dt.timedelta(minutes=5, seconds=1))
    assert client.staff_login("B0002", "1111").staff_id


# --- products, heartbeat -------------------------------------------------------------------------


def test_heartbeat(client: CentralClient, central: EmbeddedCentral) -> None:
    ack = client.heartbeat(
        Heartbeat(
            version="0.1.0",
            uptime_seconds=3600,
            outbox_depth=0,
            last_scan_at=dt.datetime.now(dt.UTC),
        )
    )

    assert ack.server_time == central.clock.now()

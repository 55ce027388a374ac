"""The kiosk's own checks of what a shopper types refuse digits that are not 0-9, and the client
never sends one.

``str.isdigit()`` (and phonenumbers) accept Arabic-Indic (U+0660..) and fullwidth (U+FF10..)
digits; the central and the contract speak ASCII only, so such input is refused at the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer

from kiosk.core.client import CentralClient
from kiosk.core.client.errors import ValidationFailed, classify_failure
from kiosk.core.codes.cards import InvalidCardNumber, parse_card_number
from kiosk.core.flow.failures import Failure
from kiosk.core.wizards.registration.form import FieldInvalid, Issue, normalize_phone

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
EXTENDED_ARABIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TABLES = [ARABIC_INDIC, FULLWIDTH, EXTENDED_ARABIC]


@pytest.mark.parametrize("table", TABLES)
def test_card_numbers_with_non_ascii_digits_are_refused(table: dict[int, str]) -> None:
    spoofed = "2990000000019".translate(table)
    assert spoofed.isdigit()  # what a naive check would let through
    with pytest.raises(InvalidCardNumber, match="not digits"):
        parse_card_number(spoofed)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("phone", ["+375291234567", "8 029 123-45-67", "29 123-45-67"])
def test_phones_with_non_ascii_digits_are_refused(table: dict[int, str], phone: str) -> None:
    assert normalize_phone(phone) == "+375291234567"
    with pytest.raises(FieldInvalid) as caught:
        normalize_phone(phone.translate(table))
    assert caught.value.issue is Issue.PHONE_INVALID


def test_one_non_ascii_digit_is_enough_to_refuse() -> None:
    with pytest.raises(FieldInvalid):
        normalize_phone("+37529123456٧")


# --- the client sends no such digit to the central -----------------------------------------------


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[CentralClient]:
    with CentralClient(httpserver.url_for(""), "demo-token", terminal_id="DEMO-01") as client:
        yield client


SENDS: dict[str, Callable[[CentralClient, str], object]] = {
    "card lookup": lambda client, digits: client.lookup_card("2990" + digits + "00019"),
    "product lookup": lambda client, digits: client.lookup_product("48102680" + digits + "01"),
    "card link": lambda client, digits: client.link_card("token", "2990" + digits + "00019"),
    "activation": lambda client, digits: client.deliver_activation(
        "2990" + digits + "00019", staff_id="S1", scanned_at=datetime.now(UTC), idempotency_key="k"
    ),
    "SMS code": lambda client, digits: client.confirm_sms_login("challenge", digits + "13"),
    "registration code": lambda client, digits: client.confirm_registration("reg", digits + "13"),
    "SMS sign-in phone": lambda client, digits: client.start_sms_login("+37529" + digits + "567"),
    "password sign-in phone": lambda client, digits: client.login_password(
        "+37529" + digits + "567", "Secret-Pa55"
    ),
    "staff badge": lambda client, digits: client.staff_login("B" + digits, "1234"),
    "staff PIN": lambda client, digits: client.staff_login("B0001", digits),
}


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("send", SENDS.values(), ids=SENDS.keys())
def test_the_client_never_sends_digits_other_than_0_to_9(
    httpserver: HTTPServer,
    client: CentralClient,
    send: Callable[[CentralClient, str], object],
    table: dict[int, str],
) -> None:
    with pytest.raises(ValidationFailed, match="digits other than 0-9; not sent") as caught:
        send(client, "4829".translate(table))

    assert caught.value.status is None
    assert classify_failure(caught.value) is Failure.INVALID_NUMBER
    assert httpserver.log == []

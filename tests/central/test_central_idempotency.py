"""Idempotency-Key on the reference central: a repeat gets the first answer, a reuse is refused."""

from __future__ import annotations

import concurrent.futures
import json

import pytest
import requests

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from tests.support.central_api import (
    ISSUED_CARDS,
    NEW_PHONE,
    NOT_ISSUED_CARDS,
    Api,
    field_errors,
    problem,
    registration_form,
)


def keyed(key: str, **headers: str) -> dict[str, str]:
    return {"Idempotency-Key": key, **headers}


def test_repeated_registration_start_is_replayed_and_sends_one_sms(central_api: Api) -> None:
    form = registration_form()
    first = central_api.post("/registrations", form, headers=keyed("reg-1"))

    again = central_api.post("/registrations", form, headers=keyed("reg-1"))

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Content-Type"] == first.headers["Content-Type"]
    assert len(central_api.sms_codes(NEW_PHONE)) == 1


def test_same_key_with_another_body_is_refused(central_api: Api) -> None:
    central_api.post("/registrations", registration_form(), headers=keyed("reg-1"))

    other = registration_form(first_name="Ганна")
    body = problem(
        central_api.post("/registrations", other, headers=keyed("reg-1")),
        422,
        "idempotency-key-reused",
    )

    assert body["detail"]
    assert len(central_api.sms_codes(NEW_PHONE)) == 1


def test_same_key_on_another_endpoint_is_refused(central_api: Api) -> None:
    central_api.post("/registrations", registration_form(), headers=keyed("k"))

    response = central_api.post(
        "/sessions/shopper/sms", {"phone": "+375291234567"}, headers=keyed("k")
    )

    problem(response, 422, "idempotency-key-reused")


def test_refusals_are_replayed_too(central_api: Api) -> None:
    token = central_api.login("+375293334455")  # Olga, at the card limit
    headers = keyed("link-1", **{"X-Session-Token": token})
    body = {"card_number": ISSUED_CARDS[0]}

    first = central_api.post("/account/cards", body, headers=headers)
    again = central_api.post("/account/cards", body, headers=headers)

    problem(first, 409, "card-limit")
    assert again.status_code == 409
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()


def test_confirm_replay_returns_the_same_session(central_api: Api) -> None:
    registration_id = central_api.start_registration().json()["registration_id"]
    code = {"code": central_api.latest_code(NEW_PHONE)}
    path = f"/registrations/{registration_id}/confirm"

    first = central_api.post(path, code, headers=keyed("confirm-1"))
    again = central_api.post(path, code, headers=keyed("confirm-1"))
    without_key = central_api.post(path, code)

    assert first.status_code == again.status_code == 200
    assert again.json()["session"]["token"] == first.json()["session"]["token"]
    problem(without_key, 409, "code-used")


def test_link_replay_does_not_link_twice(central_api: Api) -> None:
    token = central_api.login()
    headers = keyed("link-2", **{"X-Session-Token": token})
    body = {"card_number": ISSUED_CARDS[1]}

    first = central_api.post("/account/cards", body, headers=headers)
    again = central_api.post("/account/cards", body, headers=headers)

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert len(first.json()["cards"]) == 3


def test_the_session_token_is_part_of_the_request(central_api: Api) -> None:
    body = {"card_number": ISSUED_CARDS[1]}
    anna = central_api.login()
    sergey = central_api.login("+375291112233")
    central_api.post("/account/cards", body, headers=keyed("k", **{"X-Session-Token": anna}))

    response = central_api.post(
        "/account/cards", body, headers=keyed("k", **{"X-Session-Token": sergey})
    )

    problem(response, 422, "idempotency-key-reused")


def test_keys_are_kept_for_24_hours(central_api: Api, manual_clock: ManualClock) -> None:
    form = registration_form()
    first = central_api.post("/registrations", form, headers=keyed("reg-1"))

    manual_clock.advance(24 * 3600 - 1)
    replay = central_api.post("/registrations", form, headers=keyed("reg-1"))
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert replay.json() == first.json()

    manual_clock.advance(2)
    fresh = central_api.post("/registrations", form, headers=keyed("reg-1"))
    assert fresh.status_code == 201
    assert "Idempotent-Replayed" not in fresh.headers
    assert fresh.json()["registration_id"] != first.json()["registration_id"]


class _Crash(Exception):
    """The central stops here, as if killed (a disk gone, a power cut)."""


def _storing_impossible(*args: object, **kwargs: object) -> None:
    raise _Crash("the central stops before it stores the answer")


def test_an_activation_is_kept_with_its_answer_or_not_at_all(
    central: EmbeddedCentral, central_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = NOT_ISSUED_CARDS[0]
    session = central_api.staff_login()
    headers = keyed("act-crash", **{"X-Session-Token": session})
    body = {"terminal_id": "DEMO-01"}

    with monkeypatch.context() as crash:
        crash.setattr(central.store, "store_response", _storing_impossible)
        lost = central_api.post(f"/cards/{card}/activation", body, headers=headers)
    # The terminal got no answer; its outbox sends the same request again.
    assert lost.status_code == 500
    again = central_api.post(f"/cards/{card}/activation", body, headers=headers)

    # The activation did not happen without its answer: the resend is the first activation
    # (201), not "activated before" (200), and is audited once.
    assert again.status_code == 201, again.text
    assert "Idempotent-Replayed" not in again.headers
    assert [a.card_number for a in central.store.activations()] == [card]
    replay = central_api.post(f"/cards/{card}/activation", body, headers=headers)
    assert (replay.status_code, replay.content) == (201, again.content)
    assert replay.headers["Idempotent-Replayed"] == "true"


def test_a_registration_is_kept_with_its_answer_or_sends_no_sms(
    central: EmbeddedCentral, central_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = registration_form()

    with monkeypatch.context() as crash:
        crash.setattr(central.store, "store_response", _storing_impossible)
        lost = central_api.post("/registrations", form, headers=keyed("reg-crash"))
    assert lost.status_code == 500
    assert central_api.sms_codes(NEW_PHONE) == [], "no SMS for a registration not kept"
    again = central_api.post("/registrations", form, headers=keyed("reg-crash"))

    assert again.status_code == 201, again.text
    assert "Idempotent-Replayed" not in again.headers
    assert len(central_api.sms_codes(NEW_PHONE)) == 1
    replay = central_api.post("/registrations", form, headers=keyed("reg-crash"))
    assert replay.json() == again.json()
    assert len(central_api.sms_codes(NEW_PHONE)) == 1


def test_a_counted_refusal_is_kept_with_its_answer_or_not_counted(
    central: EmbeddedCentral, central_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as crash:
        crash.setattr(central.store, "store_response", _storing_impossible)
        lost = central_api.post(
            "/sessions/staff", {"badge": "B0001", "pin": "0000"}, headers=keyed("pin-crash")
        )
    assert lost.status_code == 500

    again = central_api.post(
        "/sessions/staff", {"badge": "B0001", "pin": "0000"}, headers=keyed("pin-crash")
    )

    # The wrong PIN was not counted without its answer: the resend is the first wrong PIN.
    assert problem(again, 401, "wrong-pin")["attempts_left"] == 4


def test_malformed_keys_are_refused(central_api: Api) -> None:
    for key in ("", "x" * 129, "with space", "ключ"):
        response = requests.post(
            central_api.url("/registrations"),
            data=json.dumps(registration_form()).encode(),
            headers={
                "Authorization": "Bearer demo-token",
                "Content-Type": "application/json",
                "Idempotency-Key": key.encode("utf-8").decode("latin-1"),
            },
            timeout=5,
        )
        body = problem(response, 422, "validation")
        assert field_errors(body) == {"Idempotency-Key": "idempotency-key"}
    assert central_api.sms_codes(NEW_PHONE) == []
    assert central_api.post("/registrations", registration_form(), headers=keyed("x" * 128)).ok


def test_concurrent_repeats_of_one_key_run_once(central: EmbeddedCentral) -> None:
    form = registration_form()

    def send(_: int) -> tuple[int, str]:
        api = Api(central)
        try:
            response = api.post("/registrations", form, headers=keyed("burst"))
            return response.status_code, response.json()["registration_id"]
        finally:
            api.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(send, range(8)))

    assert {status for status, _ in answers} == {201}
    assert len({registration_id for _, registration_id in answers}) == 1
    assert len(central.demo_sms.messages()) == 1


def test_without_a_key_every_post_counts(central_api: Api, manual_clock: ManualClock) -> None:
    form = registration_form()
    first = central_api.post("/registrations", form)
    second = central_api.post("/registrations", form)

    assert first.json()["registration_id"] != second.json()["registration_id"]
    assert len(central_api.sms_codes(NEW_PHONE)) == 2


def test_a_wrong_method_is_not_remembered(central_api: Api) -> None:
    headers = {"Idempotency-Key": "wrong-method-1"}
    for _ in range(2):
        response = central_api.post("/program", {}, headers=headers)
        assert response.status_code == 405
        assert response.headers["Allow"] == "GET"
        assert "Idempotent-Replayed" not in response.headers

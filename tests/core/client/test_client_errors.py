"""Typed errors of the central client: problem parsing and texts that are safe to log."""

from __future__ import annotations

import pickle

import pytest

from kiosk.core.client.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    Conflict,
    Problem,
    RateLimited,
    RequestRejected,
    ServerError,
    ValidationFailed,
    error_class_for_status,
)


def test_problem_from_a_full_body() -> None:
    body = {
        "type": "urn:loyalty-kiosk:problem:card-limit",
        "title": "Card limit",
        "status": 409,
        "detail": "At most 5 cards",
        "code": "card-limit",
        "errors": [{"field": "card_number", "code": "limit", "message": "Too many cards"}],
        "attempts_left": 2,
        "retry_after": 30,
        "sends_left": 1,
        "cards": [{"masked": "•••• 0033", "kind": "own", "status": "active"}],
    }

    problem = Problem.from_body(body, 409)

    assert problem is not None
    assert (problem.code, problem.title, problem.detail, problem.status) == (
        "card-limit",
        "Card limit",
        "At most 5 cards",
        409,
    )
    assert problem.field_errors == {"card_number": "Too many cards"}
    assert (problem.attempts_left, problem.retry_after, problem.sends_left) == (2, 30.0, 1)
    assert [card.masked for card in problem.cards] == ["•••• 0033"]


def test_problem_code_falls_back_to_the_type_uri() -> None:
    problem = Problem.from_body({"type": "urn:loyalty-kiosk:problem:code-expired"}, 410)

    assert problem is not None
    assert problem.code == "code-expired"
    assert problem.status == 410
    assert problem.title == problem.detail == ""


@pytest.mark.parametrize(
    "body",
    [None, [], "card-limit", {"title": "no code"}, {"type": "about:blank"}, {"code": ""}],
)
def test_bodies_that_are_not_problems(body: object) -> None:
    assert Problem.from_body(body, 500) is None


def test_malformed_extension_members_are_dropped_not_fatal() -> None:
    body = {
        "code": "wrong-code",
        "title": 5,
        "attempts_left": "three",
        "retry_after": -4,
        "sends_left": True,
        "errors": "phone is wrong",
        "cards": {"masked": "•••• 0033"},
    }

    problem = Problem.from_body(body, 422)

    assert problem is not None
    assert problem.code == "wrong-code" and problem.title == ""
    assert problem.attempts_left is None and problem.retry_after is None
    assert problem.sends_left is None
    assert problem.field_errors == {} and problem.cards == ()


def test_error_texts_are_masked_even_when_a_caller_slips() -> None:
    error = Conflict("link 2990000000019 for +375291234567 refused")

    assert "2990000000019" not in str(error) and "2990000000019" not in repr(error)
    assert "+375291234567" not in str(error)
    assert str(error).endswith("refused")
    assert repr(error).startswith("Conflict(")


def test_problem_repr_masks_the_server_text() -> None:
    problem = Problem("phone-registered", "t", "Phone +375291234567 is taken", 409)

    assert "+375291234567" not in repr(problem)
    assert problem.detail == "Phone +375291234567 is taken"  # the screen still gets it all


def test_retry_after_prefers_the_header_over_the_body() -> None:
    problem = Problem("rate-limited", "t", "d", 429, retry_after=60)

    assert RateLimited("x", problem=problem, retry_after=12).retry_after == 12
    assert RateLimited("x", problem=problem).retry_after == 60
    assert RateLimited("x").retry_after is None


def test_error_helpers_without_a_problem() -> None:
    error = ValidationFailed("x", status=422)

    assert error.code is None and error.field_errors == {} and error.status == 422


def test_errors_survive_pickling() -> None:
    problem = Problem("validation", "t", "d", 422, field_errors={"email": "Bad email"})
    error = ValidationFailed("POST /api/v1/registrations: 422 validation", problem=problem)

    copy = pickle.loads(pickle.dumps(error))

    assert type(copy) is ValidationFailed
    assert str(copy) == str(error)
    assert copy.field_errors == {"email": "Bad email"}


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(400, RequestRejected), (413, RequestRejected), (502, ServerError), (302, BadResponse)],
)
def test_statuses_outside_the_named_ones(status: int, error_type: type[CentralError]) -> None:
    assert error_class_for_status(status) is error_type


def test_every_error_is_a_central_error() -> None:
    assert issubclass(CentralOffline, CentralError) and issubclass(CentralError, Exception)

"""Typed errors of the central loyalty API client.

Every failure of a call to the central surfaces as a subclass of :class:`CentralError`, so the
kiosk can tell "the central is unreachable" from "the central said no" from "the central answered
nonsense" without ever seeing a requests, json or pydantic exception.

The text of an error (``str`` and ``repr``) is safe to log and never carries shopper data: it names
the call (method and a path with card numbers masked), the HTTP status and the problem code. The
human-readable, localised ``detail`` of the central's answer stays in ``.problem`` for the screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from pydantic import ValidationError

from kiosk.contract import PROBLEM_TYPE_PREFIX, LinkedCard
from kiosk.core.flow.failures import Failure
from kiosk.core.runtime.masking import mask_text


@dataclass(frozen=True, slots=True, repr=False)
class Problem:
    """An ``application/problem+json`` answer (RFC 9457) as the kiosk needs it."""

    code: str
    title: str
    detail: str
    status: int
    # field name -> localised message, for the form to show next to the field
    field_errors: dict[str, str] = field(default_factory=dict)
    attempts_left: int | None = None
    retry_after: float | None = None
    sends_left: int | None = None
    # the account's linked cards (already masked by the central), e.g. on card-limit
    cards: tuple[LinkedCard, ...] = ()

    @classmethod
    def from_body(cls, body: object, status: int) -> Problem | None:
        """Read a decoded JSON body as a problem; ``None`` if it does not look like one.

        Lenient on purpose: an error answer is already bad news, so a malformed extension
        member is dropped rather than turning a Conflict into a BadResponse.
        """
        if not isinstance(body, Mapping):
            return None
        code = body.get("code")
        problem_type = body.get("type")
        if not isinstance(code, str) or not code:
            if isinstance(problem_type, str) and problem_type.startswith(PROBLEM_TYPE_PREFIX):
                code = problem_type.removeprefix(PROBLEM_TYPE_PREFIX)
            else:
                return None
        return cls(
            code=code,
            title=_text(body.get("title")),
            detail=_text(body.get("detail")),
            # The HTTP status is what the error type follows; a body disagreeing with it loses.
            status=status,
            field_errors=_field_errors(body.get("errors")),
            attempts_left=_optional_int(body.get("attempts_left")),
            retry_after=_optional_seconds(body.get("retry_after")),
            sends_left=_optional_int(body.get("sends_left")),
            cards=_linked_cards(body.get("cards")),
        )

    def __repr__(self) -> str:
        # The detail and field messages are server text: scrub them like a log line would be.
        members = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))
        return mask_text(f"Problem({members})")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_seconds(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value >= 0 else None


def _field_errors(value: object) -> dict[str, str]:
    if not isinstance(value, list):
        return {}
    errors: dict[str, str] = {}
    for item in value:
        if not isinstance(item, Mapping):
            continue
        name, message = item.get("field"), item.get("message")
        if isinstance(name, str) and isinstance(message, str):
            # The first message per field is the one to show; later ones are usually consequences.
            errors.setdefault(name, message)
    return errors


def _linked_cards(value: object) -> tuple[LinkedCard, ...]:
    if not isinstance(value, list):
        return ()
    cards: list[LinkedCard] = []
    for item in value:
        try:
            cards.append(LinkedCard.model_validate(item))
        except ValidationError:
            continue
    return tuple(cards)


class CentralError(Exception):
    """A call to the central did not produce the expected answer.

    ``message`` must already be free of shopper data; the constructor scrubs it once more with
    :func:`mask_text` as a second line of defence.
    """

    def __init__(
        self,
        message: str,
        *,
        problem: Problem | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        safe = mask_text(message)
        super().__init__(safe)
        self.message = safe
        self.problem = problem
        self.status = status if status is not None else (problem.status if problem else None)
        self._retry_after = retry_after

    @property
    def code(self) -> str | None:
        """The problem code (``card-limit``, ``wrong-code``, ...) when the central sent one."""
        return self.problem.code if self.problem else None

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait before trying again, from the Retry-After header or the problem."""
        if self._retry_after is not None:
            return self._retry_after
        return self.problem.retry_after if self.problem else None

    @property
    def field_errors(self) -> dict[str, str]:
        return dict(self.problem.field_errors) if self.problem else {}

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep errors picklable (e.g. across a process pool) despite the keyword-only arguments.
        return (_rebuild, (type(self), self.message, self.problem, self.status, self._retry_after))


def _rebuild(
    cls: type[CentralError],
    message: str,
    problem: Problem | None,
    status: int | None,
    retry_after: float | None,
) -> CentralError:
    return cls(message, problem=problem, status=status, retry_after=retry_after)


class CentralOffline(CentralError):
    """The central could not be reached: connection refused or reset, DNS failure, TLS failure."""


class CentralTimeout(CentralError):
    """The central did not connect or answer within the configured timeout."""


class Unauthorized(CentralError):
    """401: wrong terminal token, expired session, wrong password or wrong staff PIN."""


class Forbidden(CentralError):
    """403: the token is valid but not allowed to do this."""


class NotFound(CentralError):
    """404: unknown card, product, registration or route."""


class Conflict(CentralError):
    """409: the request contradicts the state (card blocked, card limit, phone registered, ...)."""


class Gone(CentralError):
    """410: the thing existed but expired (an SMS code)."""


class ValidationFailed(CentralError):
    """422: the central refused the input; ``field_errors`` says which field and why. Also
    raised, without a status, for input the client refuses to send at all (a digit other than
    0-9 in a card number, code, phone, badge or PIN)."""


class RateLimited(CentralError):
    """429: too many attempts or sends; ``retry_after`` says how long to wait when known."""


class RequestRejected(CentralError):
    """Any other 4xx answer (400, 405, 413, ...): the central refused the request as sent."""


class ServerError(CentralError):
    """5xx: the central failed (after the retries allowed for the call)."""


class BadResponse(CentralError):
    """The answer was not what the contract promises: not JSON, wrong type, truncated, ..."""


_ERROR_BY_STATUS: dict[int, type[CentralError]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    410: Gone,
    422: ValidationFailed,
    429: RateLimited,
}


def error_class_for_status(status: int) -> type[CentralError]:
    """The error type for a non-success HTTP status."""
    if status in _ERROR_BY_STATUS:
        return _ERROR_BY_STATUS[status]
    if 400 <= status < 500:
        return RequestRejected
    if 500 <= status < 600:
        return ServerError
    return BadResponse


def classify_failure(error: BaseException) -> Failure:
    """What the shopper screens distinguish of a failed call (see :class:`Failure`)."""
    if isinstance(error, NotFound):
        return Failure.NOT_FOUND
    if isinstance(error, ValidationFailed):
        return Failure.INVALID_NUMBER
    if isinstance(error, CentralTimeout):
        return Failure.TIMEOUT
    if isinstance(error, CentralOffline):
        return Failure.OFFLINE
    if isinstance(error, RateLimited):
        return Failure.BUSY
    return Failure.SERVER


def retry_after_of(error: BaseException) -> float | None:
    """Seconds the central asked to wait before trying again (its Retry-After header, or the
    problem's ``retry_after``), as it said them: each caller applies its own cap."""
    if isinstance(error, CentralError):
        return error.retry_after
    return None

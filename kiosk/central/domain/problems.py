"""Problem answers (RFC 9457): the exception the service raises and its localized rendering."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass

from kiosk.central.domain.clock import ceil_seconds
from kiosk.central.domain.messages import has_text, text
from kiosk.contract import PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_PREFIX, LinkedCard, ProblemCode

STATUS: dict[ProblemCode, int] = {
    ProblemCode.UNAUTHORIZED: 401,
    ProblemCode.SESSION_EXPIRED: 401,
    ProblemCode.WRONG_PIN: 401,
    ProblemCode.FORBIDDEN: 403,
    ProblemCode.TERMINAL_MISMATCH: 403,
    ProblemCode.NOT_FOUND: 404,
    ProblemCode.CARD_NOT_FOUND: 404,
    ProblemCode.METHOD_NOT_ALLOWED: 405,
    ProblemCode.PHONE_REGISTERED: 409,
    ProblemCode.CARD_REGISTERED: 409,
    ProblemCode.CARD_BLOCKED: 409,
    ProblemCode.CARD_NOT_SOLD: 409,
    ProblemCode.CARD_LIMIT: 409,
    ProblemCode.CARD_OTHER_ACCOUNT: 409,
    ProblemCode.CODE_USED: 409,
    ProblemCode.CODE_EXPIRED: 410,
    ProblemCode.PAYLOAD_TOO_LARGE: 413,
    ProblemCode.UNSUPPORTED_MEDIA_TYPE: 415,
    ProblemCode.VALIDATION: 422,
    ProblemCode.INVALID_CARD_NUMBER: 422,
    ProblemCode.IDEMPOTENCY_KEY_REUSED: 422,
    ProblemCode.WRONG_CODE: 422,
    ProblemCode.TOO_MANY_ATTEMPTS: 429,
    ProblemCode.TOO_MANY_SENDS: 429,
    ProblemCode.RESEND_COOLDOWN: 429,
    ProblemCode.STAFF_LOCKED: 429,
    ProblemCode.RATE_LIMITED: 429,
}


@dataclass(frozen=True)
class FieldIssue:
    """One invalid field: ``code`` selects the message, ``params`` fill its placeholders."""

    field: str
    code: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)


class ProblemError(Exception):
    """Raised anywhere in the service to answer with a problem document."""

    def __init__(
        self,
        code: ProblemCode,
        *,
        variant: str | None = None,
        params: dict[str, object] | None = None,
        errors: list[FieldIssue] | None = None,
        attempts_left: int | None = None,
        retry_after: int | None = None,
        sends_left: int | None = None,
        cards: list[LinkedCard] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code.value)
        self.code = code
        self.status = STATUS[code]
        self.variant = variant
        self.params = params or {}
        self.errors = errors
        self.attempts_left = attempts_left
        self.retry_after = retry_after
        self.sends_left = sends_left
        self.cards = cards
        self.headers = headers or {}

    def body(self, language: str) -> dict[str, object]:
        params = {
            "attempts_left": self.attempts_left,
            "retry_after": self.retry_after,
            "sends_left": self.sends_left,
            **self.params,
        }
        detail_key = f"detail.{self.code.value}"
        if self.variant and has_text(f"{detail_key}.{self.variant}"):
            detail_key = f"{detail_key}.{self.variant}"
        body: dict[str, object] = {
            "type": PROBLEM_TYPE_PREFIX + self.code.value,
            "title": text(f"title.{self.code.value}", language),
            "status": self.status,
            "detail": text(detail_key, language, **params),
            "code": self.code.value,
        }
        if self.errors is not None:
            body["errors"] = [
                {
                    "field": issue.field,
                    "code": issue.code,
                    "message": text(f"field.{issue.code}", language, **issue.params),
                }
                for issue in self.errors
            ]
        for name in ("attempts_left", "retry_after", "sends_left"):
            value = getattr(self, name)
            if value is not None:
                body[name] = value
        if self.cards is not None:
            body["cards"] = [card.model_dump(mode="json") for card in self.cards]
        return body

    def response_headers(self) -> dict[str, str]:
        headers = {"Content-Type": PROBLEM_CONTENT_TYPE, **self.headers}
        if self.retry_after is not None:
            headers["Retry-After"] = str(self.retry_after)
        if self.status == 401:
            headers.setdefault("WWW-Authenticate", "Bearer")
        return headers


def validation_error(issues: list[FieldIssue]) -> ProblemError:
    return ProblemError(ProblemCode.VALIDATION, errors=issues)


def wait_problem(code: ProblemCode, wait: float, *, variant: str | None = None) -> ProblemError:
    """A refusal to be retried after ``wait`` seconds: ``retry_after`` in whole seconds (at least
    1), and the ``minutes`` its message names (rounded up, so at least 1)."""
    seconds = max(1, ceil_seconds(wait))
    return ProblemError(
        code, variant=variant, retry_after=seconds, params={"minutes": math.ceil(seconds / 60)}
    )


def encode_problem(problem: ProblemError, language: str) -> bytes:
    return json.dumps(problem.body(language), ensure_ascii=False).encode("utf-8")


def internal_error_body(language: str) -> bytes:
    body = {
        "type": PROBLEM_TYPE_PREFIX + ProblemCode.INTERNAL.value,
        "title": text("title.internal", language),
        "status": 500,
        "detail": text("detail.internal", language),
        "code": ProblemCode.INTERNAL.value,
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")

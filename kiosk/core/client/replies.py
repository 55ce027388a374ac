"""Answers of the central as the client reads them: an HTTP reply held in full, decoded into a
contract model, or turned into the typed error its status and problem body call for."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from kiosk.core.client.errors import BadResponse, CentralError, Problem, error_class_for_status
from kiosk.core.client.transport import parse_retry_after

T = TypeVar("T")

JSON_TYPES = ("application/json", "application/problem+json")
json_object = TypeAdapter(dict[str, Any])


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer read in full (within the size cap)."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


def json_model(adapter: TypeAdapter[T]) -> Callable[[Reply, str], T]:
    def decode(reply: Reply, call: str) -> T:
        return decode_json(reply, call, adapter)

    return decode


def no_content(reply: Reply, call: str) -> None:
    return None


def date_header(reply: Reply, call: str) -> str | None:
    return reply.headers.get("Date")


def decode_json(reply: Reply, call: str, adapter: TypeAdapter[T]) -> T:
    status = reply.status
    if reply.content_type not in JSON_TYPES:
        shown = reply.content_type or "none"
        raise BadResponse(f"{call}: {status} with content type {shown}, not JSON", status=status)
    if not reply.body.strip():
        raise BadResponse(f"{call}: {status} with an empty body", status=status)
    try:
        return adapter.validate_json(reply.body)
    except ValidationError as exc:
        errors = exc.errors(include_input=False, include_url=False)
        if any(error["type"] == "json_invalid" for error in errors):
            raise BadResponse(f"{call}: {status} body is not valid JSON", status=status) from None
        # Only where and what kind of mismatch: the values may be shopper data.
        where = ", ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '<body>'}: {error['type']}"
            for error in errors[:5]
        )
        more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
        raise BadResponse(
            f"{call}: {status} body does not match the contract: {where}{more}", status=status
        ) from None
    except ValueError:
        # Undecodable text (e.g. invalid UTF-8) surfaces as a plain ValueError.
        raise BadResponse(f"{call}: {status} body is not valid JSON", status=status) from None


def error_for(reply: Reply, call: str) -> CentralError:
    """The typed error for a non-2xx reply; problem details when the body carries them."""
    status = reply.status
    problem: Problem | None = None
    if reply.content_type in JSON_TYPES and reply.body.strip():
        try:
            body: object = json_object.validate_json(reply.body)
        except (ValidationError, ValueError):
            body = None
        problem = Problem.from_body(body, status)
    retry_after = parse_retry_after(reply.headers.get("Retry-After"))
    error_class = error_class_for_status(status)
    described = f"{status} {problem.code}" if problem else str(status)
    if error_class is BadResponse:
        described = f"unexpected status {status}"
    return error_class(
        f"{call}: {described}", problem=problem, status=status, retry_after=retry_after
    )

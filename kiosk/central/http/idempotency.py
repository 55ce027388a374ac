"""The answer to a POST with an Idempotency-Key is stored in the same commit as its effect.

The gateway (kiosk.central.http.gateway) looks a key up and replays a stored answer; when the
key is new, it leaves a ``PendingAnswer`` in ``PENDING`` for the route. Every POST route is
wrapped by ``answered_with_its_effect``: under a pending key it runs the route inside
``Store.one_commit()``, renders the route's answer (a result, or the problem it raised) and
stores it there, so the activation, registration or count and its answer are committed together.
A central that stops between them has done both or neither: a resend is replayed, or is the
first. Answers the gateway or the framework give before a route runs (a malformed body, a
session refused) change nothing, and the gateway stores them itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import typing
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Response
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter

from kiosk.central.domain import program
from kiosk.central.domain.problems import ProblemError
from kiosk.central.http.errors import problem_response
from kiosk.central.storage.store import Store, StoredResponse

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])

# Response headers worth replaying; framing headers are recomputed.
_REPLAYED_HEADERS = {"content-type", "retry-after", "www-authenticate", "location"}


@dataclass
class PendingAnswer:
    """A POST under a new Idempotency-Key of ``terminal``, whose answer is still to be stored."""

    store: Store
    terminal: str
    key: str
    fingerprint: str
    language: str
    now: dt.datetime
    #: Set once the route stored its answer together with its effect.
    stored: bool = False


#: The request's pending answer, seen by the route's thread (contexts are copied into it).
PENDING: ContextVar[PendingAnswer | None] = ContextVar("pending_answer", default=None)


def remember(
    pending: PendingAnswer, status: int, headers: Iterable[tuple[bytes, bytes]], body: bytes
) -> None:
    """Store the answer of ``pending`` (in the transaction under way, if any)."""
    kept = [
        (name.decode("latin-1").lower(), value.decode("latin-1"))
        for name, value in headers
        if name.decode("latin-1").lower() in _REPLAYED_HEADERS
    ]
    answer = StoredResponse(pending.fingerprint, status, kept, body)
    store = pending.store
    store.store_response(pending.terminal, pending.key, answer, pending.now)
    store.purge_responses(pending.now - dt.timedelta(seconds=program.IDEMPOTENCY_TTL_SECONDS))
    pending.stored = True


def answered_with_its_effect(endpoint: Endpoint, status: int) -> Endpoint:
    """``endpoint`` (a POST route answering ``status`` unless it sets another on its Response
    parameter) that, under a pending key, stores its answer in the commit of its effect."""
    hints = typing.get_type_hints(endpoint, include_extras=True)
    signature = inspect.signature(endpoint)
    # FastAPI reads the parameters from this signature: resolved here, where the endpoint's own
    # module resolves its annotations.
    signature = signature.replace(
        parameters=[
            parameter.replace(annotation=hints.get(name, parameter.annotation))
            for name, parameter in signature.parameters.items()
        ],
        return_annotation=hints.get("return", signature.return_annotation),
    )
    result_type = TypeAdapter(signature.return_annotation)

    @functools.wraps(endpoint)
    def run(*args: Any, **kwargs: Any) -> Any:
        pending = PENDING.get()
        if pending is None:
            return endpoint(*args, **kwargs)
        answer: Response
        with pending.store.one_commit():
            try:
                result = endpoint(*args, **kwargs)
            except ProblemError as problem:
                answer = problem_response(problem, pending.language)
            else:
                answered = next(
                    (
                        value.status_code
                        for value in kwargs.values()
                        if isinstance(value, Response) and value.status_code
                    ),
                    status,
                )
                content = result_type.dump_python(result, mode="json", by_alias=True)
                answer = JSONResponse(content, status_code=answered)
            remember(pending, answer.status_code, answer.raw_headers, bytes(answer.body))
        return answer

    run.__signature__ = signature  # type: ignore[attr-defined]
    return typing.cast(Endpoint, run)

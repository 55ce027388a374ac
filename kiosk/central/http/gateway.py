"""The raw ASGI gateway in front of the central's FastAPI routes.

It does what must happen before any route runs or any body is parsed, in this order:

1. terminal authentication: every path under ``/api/v1`` and ``/demo`` needs the bearer token
   of a registered terminal (401 ``unauthorized`` otherwise, before the body is even read); the
   terminal's id is left in ``scope["state"]["terminal"]``, and the request acts as it;
2. the request size limit (413 ``payload-too-large`` over ``MAX_BODY_BYTES``, judged by
   Content-Length and by the bytes actually received);
3. the media type: a POST, PUT or PATCH with a body must send JSON (415 otherwise);
4. idempotent replays: a POST with an ``Idempotency-Key`` (1..128 visible ASCII characters, else
   422) is answered from the stored first answer of the same terminal when it repeats, with
   ``Idempotent-Replayed``; a first answer is stored by the route in the commit of its effect
   (kiosk.central.http.idempotency), or here when no route ran;
5. a last guard: an exception that escaped every handler still becomes a 500 problem.

The language of every problem answered here follows Accept-Language, and is left in
``scope["state"]["language"]`` for the routes' error handlers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import re
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.concurrency import run_in_threadpool

from kiosk.central.domain import program
from kiosk.central.domain.clock import Clock
from kiosk.central.domain.messages import negotiate_language
from kiosk.central.domain.problems import (
    FieldIssue,
    ProblemError,
    encode_problem,
    internal_error_body,
    validation_error,
)
from kiosk.central.domain.security import hash_token
from kiosk.central.domain.terminals import terminal_of
from kiosk.central.http.idempotency import PENDING, PendingAnswer, remember
from kiosk.central.storage.store import Store
from kiosk.contract import (
    API_PREFIX,
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENCY_KEY_PATTERN,
    IDEMPOTENT_REPLAYED_HEADER,
    PROBLEM_CONTENT_TYPE,
    SESSION_TOKEN_HEADER,
    ProblemCode,
)

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
DEMO_PREFIX = "/demo"
_IDEMPOTENCY_KEY_RE = re.compile(IDEMPOTENCY_KEY_PATTERN)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _headers(scope: Scope) -> dict[str, str]:
    return {
        name.decode("latin-1").lower(): value.decode("latin-1")
        for name, value in scope.get("headers", [])
    }


async def _send_bytes(send: Send, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
    raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
    raw.append((b"content-length", str(len(body)).encode("ascii")))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _send_problem(send: Send, problem: ProblemError, language: str) -> None:
    body = encode_problem(problem, language)
    await _send_bytes(send, problem.status, body, list(problem.response_headers().items()))


def bearer_token(authorization: str | None) -> str | None:
    """The credentials of an `Authorization: Bearer ...` header, or None."""
    if not authorization:
        return None
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return None
    return credentials.strip()


def _valid_idempotency_key(key: str) -> bool:
    return _IDEMPOTENCY_KEY_RE.fullmatch(key) is not None


class GatewayMiddleware:
    """Terminal token, size limit, media type and idempotent replays, before FastAPI."""

    def __init__(self, app: ASGIApp, *, store: Store, clock: Clock) -> None:
        self.app = app
        self.store = store
        self.clock = clock
        self._key_locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        language = negotiate_language(headers.get("accept-language"))
        state = scope.setdefault("state", {})
        state["language"] = language
        path: str = scope.get("path", "")
        protected = path.startswith(API_PREFIX + "/") or path.startswith(DEMO_PREFIX + "/")
        terminal: str | None = None
        if protected:
            given = bearer_token(headers.get("authorization"))
            if given is not None:
                terminal = await run_in_threadpool(terminal_of, self.store, given)
            if terminal is None:
                await _send_problem(send, ProblemError(ProblemCode.UNAUTHORIZED), language)
                return
            state["terminal"] = terminal

        body = await self._read_body(scope, receive, send, headers, language)
        if body is None:
            return

        async def replay_receive() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        if body and scope["method"] in ("POST", "PUT", "PATCH"):
            media_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type != "application/json" and not media_type.endswith("+json"):
                problem = ProblemError(ProblemCode.UNSUPPORTED_MEDIA_TYPE)
                await _send_problem(send, problem, language)
                return

        key = headers.get(IDEMPOTENCY_KEY_HEADER.lower())
        if terminal is not None and scope["method"] == "POST" and key is not None:
            if not _valid_idempotency_key(key):
                problem = validation_error([FieldIssue(IDEMPOTENCY_KEY_HEADER, "idempotency-key")])
                await _send_problem(send, problem, language)
                return
            await self._idempotent(
                scope, replay_receive, send, headers, body, terminal, key, language
            )
            return
        await self._guarded(scope, replay_receive, send, language)

    async def _read_body(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[str, str], language: str
    ) -> bytes | None:
        too_large = ProblemError(ProblemCode.PAYLOAD_TOO_LARGE, params={"limit": MAX_BODY_BYTES})
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            await _send_problem(send, too_large, language)
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                await _send_problem(send, too_large, language)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, language: str) -> None:
        """Run the app; an exception that escaped every handler still becomes a problem."""
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                body = internal_error_body(language)
                await _send_bytes(send, 500, body, [("content-type", PROBLEM_CONTENT_TYPE)])

    async def _idempotent(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        headers: dict[str, str],
        body: bytes,
        terminal: str,
        key: str,
        language: str,
    ) -> None:
        # Keys are the terminal's own: another terminal's same key is another request.
        fingerprint = hashlib.sha256()
        for part in (
            scope["method"],
            scope.get("path", ""),
            scope.get("query_string", b"").decode("latin-1"),
            hash_token(headers.get(SESSION_TOKEN_HEADER.lower(), "")),
        ):
            fingerprint.update(part.encode("utf-8", "replace") + b"\0")
        fingerprint.update(body)
        digest = fingerprint.hexdigest()

        lock = self._key_locks.get((terminal, key))
        if lock is None:
            lock = asyncio.Lock()
            self._key_locks[(terminal, key)] = lock
        # Concurrent repeats of one key wait for the first to finish, then replay it.
        async with lock:
            now = self.clock.now()
            oldest = now - dt.timedelta(seconds=program.IDEMPOTENCY_TTL_SECONDS)
            stored = await run_in_threadpool(self.store.stored_response, terminal, key, oldest)
            if stored is not None:
                if stored.fingerprint != digest:
                    problem = ProblemError(ProblemCode.IDEMPOTENCY_KEY_REUSED)
                    await _send_problem(send, problem, language)
                    return
                replay_headers = [*stored.headers, (IDEMPOTENT_REPLAYED_HEADER, "true")]
                await _send_bytes(send, stored.status, stored.body, replay_headers)
                return

            status = 0
            all_headers: list[tuple[bytes, bytes]] = []
            chunks: list[bytes] = []

            async def buffering_send(message: Message) -> None:
                nonlocal status
                if message["type"] == "http.response.start":
                    status = message["status"]
                    all_headers.extend(message.get("headers", []))
                elif message["type"] == "http.response.body":
                    chunks.append(message.get("body", b""))

            pending = PendingAnswer(self.store, terminal, key, digest, language, now)
            context = PENDING.set(pending)
            try:
                await self._guarded(scope, receive, buffering_send, language)
            finally:
                PENDING.reset(context)
            body_bytes = b"".join(chunks)
            # The answer is stored before it is sent: a client that got it and retries at once
            # (or after this process died) is replayed, never served twice. A route stored it
            # with its effect; an answer given before any route ran is stored here. Server
            # errors are not remembered, so a retry gets another chance, and neither is a wrong
            # method: nothing was done, and the document promises no replay of a 405.
            if not pending.stored and 0 < status < 500 and status != 405:
                await run_in_threadpool(remember, pending, status, all_headers, body_bytes)
            await send({"type": "http.response.start", "status": status, "headers": all_headers})
            await send({"type": "http.response.body", "body": body_bytes})

"""Deadlines for a request to arrive: its headers within seconds, its body within a deadline.

uvicorn closes a kept-alive connection left idle between requests (``timeout_keep_alive``), but
has no deadline for a request on its way: a client that sends half its headers, or its headers
and part of its body, and then waits (or drips a byte now and then) holds a connection, and the
request's task, for ever. ``protocol_with(deadlines)`` is uvicorn's h11 protocol with both:

- the headers must be complete within ``headers`` seconds of the connection, or of the first
  byte of the next request on a kept-alive connection;
- the body must be complete within ``body`` seconds of the last header.

Past a deadline the connection is closed without an answer (the route waiting for the body
sees the client gone). Pass the class to uvicorn as its ``http`` protocol.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Deadlines:
    """Seconds a request has to arrive: its headers, then its body (at most 64 KiB)."""

    headers: float = 10.0
    body: float = 30.0


class _ArrivalDeadlines(H11Protocol):
    """uvicorn's h11 protocol that closes a connection whose request does not arrive in time."""

    deadlines = Deadlines()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._awaited: str | None = None  # "headers" or "body" while a deadline runs

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._await("headers", self.deadlines.headers)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._awaited is None and self.conn.their_state is h11.IDLE:
            # The first bytes of the next request on a kept-alive connection.
            self._await("headers", self.deadlines.headers)
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # A pipelined request may have been read on from the buffer meanwhile.
        self._follow()

    def _follow(self) -> None:
        """Keep the deadline of what is still to come of the current request."""
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if self._awaited != "body":
                self._await("body", self.deadlines.body)
        elif state is h11.IDLE and (self._awaited == "headers" or self.conn.trailing_data[0]):
            if self._awaited != "headers":
                self._await("headers", self.deadlines.headers)
        else:
            # The request is in (or the connection is done): the route's time is its own, and
            # between requests the keep-alive time applies.
            self._stop()

    def _await(self, part: str, seconds: float) -> None:
        self._stop()
        self._awaited = part
        self._deadline = self.loop.call_later(seconds, self._expired, part, seconds)

    def _stop(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = None
        self._awaited = None

    def _expired(self, part: str, seconds: float) -> None:
        self._deadline = None
        self._awaited = None
        if not self.transport.is_closing():
            # Debug only: whoever holds connections open on purpose must not fill the log.
            log.debug(
                "closing a connection: its request's %s did not arrive in %s s", part, seconds
            )
            self.transport.close()


def protocol_with(deadlines: Deadlines) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol with ``deadlines`` for each request to arrive."""
    return type("ArrivalDeadlines", (_ArrivalDeadlines,), {"deadlines": deadlines})

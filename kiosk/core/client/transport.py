"""The requests and urllib3 plumbing of the central client (:mod:`kiosk.core.client`).

- :class:`DeadlineAdapter`: requests' adapter whose connection pools hand every connection a
  request goes out on to the deadline of the call the thread is making (:data:`current_call`),
  so the deadline's watchdog can cut it off (:mod:`kiosk.core.client.deadline`).
- :func:`read_capped`: the body read in chunks, within a size cap and the call's deadline.
- :class:`SessionHolder`: one worker thread's session, closed with the thread.
- :func:`parse_retry_after`, :func:`caused_by`, :func:`describe_failure`: reading what came back,
  or why nothing did, without URLs or hosts.
"""

from __future__ import annotations

import errno
import os
import threading
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import requests.adapters
import urllib3.connectionpool
import urllib3.exceptions

from kiosk.core.client.deadline import CallDeadline
from kiosk.core.client.errors import BadResponse

# Contract answers are a few kilobytes; a runaway body must not eat the kiosk's memory.
MAX_BODY_BYTES = 4 * 1024 * 1024
_CHUNK_BYTES = 64 * 1024


class SessionHolder:
    """Owns one thread's session and closes it when the thread (and its locals) go away."""

    def __init__(self, session: requests.Session) -> None:
        self.session = session

    def __del__(self) -> None:
        # Runs wherever the garbage collector runs, possibly during interpreter shutdown: a
        # failure to close sockets that are going away anyway must not surface. (No
        # contextlib.suppress: module globals may already be gone at shutdown.)
        try:  # noqa: SIM105
            self.session.close()
        except Exception:
            pass


# The deadline of the call the current thread is making, for the connection pools below.
current_call = threading.local()


def _watch_connection(conn: object) -> None:
    """Hand the connection a request goes out on to the current call's deadline."""
    deadline: CallDeadline | None = getattr(current_call, "deadline", None)
    if deadline is not None:
        deadline.watch(conn)


class _DeadlinePool(urllib3.connectionpool.HTTPConnectionPool):
    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:
        _watch_connection(conn)
        return super()._make_request(conn, *args, **kwargs)


class _DeadlineHttpsPool(urllib3.connectionpool.HTTPSConnectionPool):
    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:
        _watch_connection(conn)
        return super()._make_request(conn, *args, **kwargs)


class DeadlineAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter with connection pools whose connections a deadline can cut off."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _DeadlinePool,
            "https": _DeadlineHttpsPool,
        }

    def close(self) -> None:
        """Close every pooled connection now, a proxy's too.

        urllib3 2 only forgets its pools here and leaves their connections to the pools' garbage
        collection, which a reference cycle (the traceback of a call the deadline cut off in the
        headers, for one) puts off until the collector runs: the sockets would stay open.
        """
        for manager in (self.poolmanager, *self.proxy_manager.values()):
            # keys(), a copy taken under the container's lock: it refuses plain iteration.
            for key in manager.pools.keys():  # noqa: SIM118
                pool = manager.pools.get(key)
                if pool is not None:
                    # Idle connections close at once; one still in use closes when it is put back.
                    pool.close()
        super().close()


class BodyTooLarge(Exception):
    def __init__(self, error: BadResponse) -> None:
        super().__init__(str(error))
        self.error = error


def read_capped(response: requests.Response, call: str, deadline: CallDeadline) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK_BYTES):
        if deadline.expired:
            break  # the attempt reports the timeout
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge(BadResponse(f"{call}: answer larger than {MAX_BODY_BYTES} bytes"))
        chunks.append(chunk)
    return b"".join(chunks)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; ``None`` when absent or garbled."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    return any(isinstance(link, kind) for link in chain(exc))


def chain(exc: BaseException) -> list[BaseException]:
    """The exception, its wrapped reasons and causes (requests and urllib3 nest them)."""
    seen: list[BaseException] = []
    pending: list[BaseException] = [exc]
    while pending and len(seen) < 20:
        current = pending.pop()
        if any(current is known for known in seen):
            continue
        seen.append(current)
        for link in (
            getattr(current, "reason", None),
            current.__cause__,
            current.__context__,
            *current.args,
        ):
            if isinstance(link, BaseException):
                pending.append(link)
    return seen


def describe_failure(exc: BaseException) -> str:
    """A short, data-free reason for a connection failure (no URLs, no hosts)."""
    links = chain(exc)
    if any(isinstance(link, urllib3.exceptions.NameResolutionError) for link in links):
        return "name resolution failed"
    for link in links:
        if isinstance(link, ConnectionRefusedError):
            return "connection refused"
        if isinstance(link, ConnectionResetError):
            return "connection reset"
    if any(isinstance(link, urllib3.exceptions.ProtocolError) for link in links):
        return "connection dropped"
    for link in links:
        if isinstance(link, OSError) and link.errno is not None and link.errno in errno.errorcode:
            return os.strerror(link.errno)
    return type(exc).__name__

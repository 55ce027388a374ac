"""The HTTP side of the central client: a ``requests`` session per worker thread, retries with
idempotency keys, the whole-call deadline and one log line per call (see :mod:`kiosk.core.client`).
:class:`~kiosk.core.client.CentralClient` adds the API's calls on top.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import quote, unquote

import requests
import urllib3.exceptions

import kiosk
from kiosk.contract import IDEMPOTENCY_KEY_HEADER, SESSION_TOKEN_HEADER
from kiosk.core.client.backoff import Backoff, at_least_half
from kiosk.core.client.deadline import CallDeadline, armed
from kiosk.core.client.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    CentralTimeout,
    ServerError,
    ValidationFailed,
)
from kiosk.core.client.replies import Reply, error_for
from kiosk.core.client.transport import (
    BodyTooLarge,
    DeadlineAdapter,
    SessionHolder,
    caused_by,
    current_call,
    describe_failure,
    parse_retry_after,
    read_capped,
)
from kiosk.core.codes.cards import has_foreign_digits
from kiosk.core.runtime.masking import MASK, mask_text, mask_url_ids

log = logging.getLogger("kiosk.client")

T = TypeVar("T")

RETRYABLE_STATUSES = frozenset({502, 503, 504})
# The longest pause between two tries within one call: the doubling stops here, and a 503 asking
# for a longer pause is not retried within the call (the shopper would stare at a spinner; the
# error carries retry_after for the caller to decide).
MAX_HONOURED_RETRY_AFTER = 5.0
# Every error answer is problem+json: an Accept without it would refuse them (RFC 9110 12.5.1).
ACCEPT = "application/json, application/problem+json"
_LONG_DIGITS = re.compile(r"\d{7,}")
#: Body members the API fills with the digits 0-9 (and a badge's letters): card numbers, SMS
#: codes, phones, staff badges and PINs.
_DIGIT_MEMBERS = ("card_number", "code", "phone", "badge", "pin")


class _Attempt:
    """How one attempt ended when it did not end with an answer."""

    def __init__(self, error: CentralError, *, retryable: bool) -> None:
        self.error = error
        self.retryable = retryable


class CentralConnection:
    """The transport of :class:`~kiosk.core.client.CentralClient`; safe to share between worker
    threads."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        terminal_id: str,
        connect_timeout: float = 3.0,
        read_timeout: float = 10.0,
        ca_bundle: str | None = None,
        user_agent: str | None = None,
        language: str = "ru",
        retries: int = 2,
        backoff: float = 0.2,
        jitter: Callable[[], float] = at_least_half,
        sleep: Callable[[float], None] = time.sleep,
        call_deadline: float | None = None,
    ) -> None:
        if retries < 0:
            raise ValueError("retries must be >= 0")
        if call_deadline is not None and call_deadline <= 0:
            raise ValueError("call_deadline must be > 0")
        self.base_url = base_url.rstrip("/")
        self.terminal_id = terminal_id
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        #: Seconds a whole call may take, retries included.
        self.call_deadline = (
            call_deadline if call_deadline is not None else connect_timeout + read_timeout
        )
        self.ca_bundle = ca_bundle
        self.user_agent = (
            user_agent or f"loyalty-kiosk/{kiosk.__version__} (terminal {terminal_id})"
        )
        self.language = language
        self.retries = retries
        self.backoff = backoff
        self._jitter = jitter
        self._token = token
        self._sleep = sleep
        self._local = threading.local()
        self._sessions: weakref.WeakSet[requests.Session] = weakref.WeakSet()
        self._sessions_lock = threading.Lock()
        self._last_answer_at: float | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the pooled connections of every thread's session."""
        with self._sessions_lock:
            sessions = list(self._sessions)
        for session in sessions:
            session.close()

    @property
    def last_answer_at(self) -> float | None:
        """When (epoch seconds) the central last answered as the contract says: a success or a
        refusal of its own, not a failure to reach it, a 5xx or a garbled answer; ``None``
        before the first."""
        return self._last_answer_at

    # --- transport ---------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        holder: SessionHolder | None = getattr(self._local, "holder", None)
        if holder is None:
            session = requests.Session()
            session.headers.update(
                {
                    "Authorization": f"Bearer {self._token}",
                    "User-Agent": self.user_agent,
                    "Accept": ACCEPT,
                }
            )
            adapter = DeadlineAdapter()
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            holder = SessionHolder(session)
            self._local.holder = holder
            with self._sessions_lock:
                self._sessions.add(session)
        return holder.session

    def _call(
        self,
        method: str,
        path: str,
        decode: Callable[[Reply, str], T],
        *,
        body: object = None,
        session_token: str | None = None,
        idempotency_key: str | None = None,
    ) -> T:
        """Send one logical call (with its retries), log one line, decode or raise."""
        call = f"{method} {_loggable_path(path)}"
        refused = _with_foreign_digits(path, body)
        if refused is not None:
            # Never sent: no card number, code, phone, badge or PIN has such a digit, so it can
            # only be a misread or a paste.
            raise ValidationFailed(f"{call}: {refused} has digits other than 0-9; not sent")
        headers = {"Accept-Language": self.language}
        if session_token is not None:
            headers[SESSION_TOKEN_HEADER] = session_token
        if method == "POST":
            key = idempotency_key if idempotency_key is not None else str(uuid.uuid4())
            if not 1 <= len(key) <= 128:
                raise ValueError("an idempotency key is 1..128 characters long")
            headers[IDEMPOTENCY_KEY_HEADER] = key
        elif idempotency_key is not None:
            # The API defines the key for POSTs only; a GET or DELETE is idempotent by itself.
            raise ValueError(f"a {method} carries no idempotency key")
        started = time.monotonic()
        deadline = CallDeadline(self.call_deadline)
        with armed(deadline):
            outcome, attempts = self._exchange(method, path, call, headers, body, deadline)
        status = outcome.status if isinstance(outcome, Reply) else None
        try:
            if isinstance(outcome, CentralError):
                raise outcome
            if not 200 <= outcome.status < 300:
                raise error_for(outcome, call)
            result = decode(outcome, call)
        except CentralError as error:
            if status is not None and status < 500 and not isinstance(error, BadResponse):
                self._last_answer_at = time.time()
            summary = f"{status} {type(error).__name__}" if status else type(error).__name__
            # The central saying "no" is business as usual; being unreachable or broken is not.
            level = logging.WARNING if isinstance(error, _TROUBLE) else logging.INFO
            _log_call(level, call, summary, started, attempts)
            raise
        _log_call(logging.INFO, call, str(status), started, attempts)
        self._last_answer_at = time.time()
        return result

    def _exchange(
        self,
        method: str,
        path: str,
        call: str,
        headers: dict[str, str],
        body: object,
        deadline: CallDeadline,
    ) -> tuple[Reply | CentralError, int]:
        """Send the request, retrying what may be retried: the last outcome and the attempts.
        No retry, and no pause before one, reaches past the deadline."""
        url = self.base_url + path
        max_attempts = self.retries + 1
        # The pauses of this call: doubling from ``backoff`` up to the cap, spread by the jitter.
        pauses = Backoff(self.backoff, MAX_HONOURED_RETRY_AFTER, jitter=self._jitter)
        for attempt in range(1, max_attempts + 1):
            result = self._attempt(method, url, call, headers, body, deadline)
            if deadline.expired:
                # Whatever the cut-off looked like (a reset, a short body), it was the deadline.
                timeout = CentralTimeout(
                    f"{call}: no complete answer within {deadline.seconds:g} s"
                )
                return timeout, attempt
            pauses.failed()
            if isinstance(result, Reply):
                delay = _retry_delay(result, pauses)
                if delay is None or attempt == max_attempts:
                    return result, attempt
                last: Reply | CentralError = result
            else:
                if not result.retryable or attempt == max_attempts:
                    return result.error, attempt
                delay = pauses.delay()
                last = result.error
            if delay >= deadline.remaining():
                return last, attempt
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns")

    def _attempt(
        self,
        method: str,
        url: str,
        call: str,
        headers: dict[str, str],
        body: object,
        deadline: CallDeadline,
    ) -> Reply | _Attempt:
        """One HTTP exchange within the call's deadline: the reply read in full, or how it
        failed."""
        remaining = deadline.remaining()
        if remaining <= 0:
            return _Attempt(CentralTimeout(f"{call}: no time left"), retryable=False)
        current_call.deadline = deadline
        try:
            response = self._session().request(
                method,
                url,
                headers=headers,
                json=body,
                timeout=(min(self.connect_timeout, remaining), min(self.read_timeout, remaining)),
                # Always verify TLS; a CA bundle path only chooses what to trust.
                verify=self.ca_bundle if self.ca_bundle else True,
                allow_redirects=False,
                stream=True,
            )
            with response:
                return Reply(
                    response.status_code,
                    response.headers,
                    read_capped(response, call, deadline),
                )
        except requests.exceptions.ConnectTimeout:
            # Nothing reached the central yet: as safe to retry as a refused connection.
            return _Attempt(CentralTimeout(f"{call}: connect timed out"), retryable=True)
        except requests.exceptions.SSLError:
            return _Attempt(
                CentralOffline(f"{call}: TLS handshake or certificate check failed"),
                retryable=False,
            )
        except requests.exceptions.Timeout:
            return _Attempt(CentralTimeout(f"{call}: no answer in time"), retryable=False)
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ) as exc:
            if method == "GET" and caused_by(exc, ConnectionResetError):
                # The connection broke half-way through the answer to a GET: asking again
                # changes nothing at the central.
                return _Attempt(
                    CentralOffline(f"{call}: connection reset during the answer"), retryable=True
                )
            return _Attempt(BadResponse(f"{call}: answer body cut off or garbled"), retryable=False)
        except requests.exceptions.ConnectionError as exc:
            if caused_by(exc, urllib3.exceptions.ReadTimeoutError):
                # The body stalled half-way: requests reports it as a connection error.
                return _Attempt(CentralTimeout(f"{call}: answer stalled"), retryable=False)
            return _Attempt(
                CentralOffline(f"{call}: central unreachable ({describe_failure(exc)})"),
                retryable=True,
            )
        except requests.exceptions.RequestException as exc:
            # Invalid URL and the like: a configuration error, retrying cannot help.
            return _Attempt(
                CentralOffline(f"{call}: request failed ({type(exc).__name__})"), retryable=False
            )
        except BodyTooLarge as exc:
            return _Attempt(exc.error, retryable=False)
        finally:
            current_call.deadline = None


_TROUBLE = (CentralOffline, CentralTimeout, ServerError, BadResponse)


def _retry_delay(reply: Reply, pauses: Backoff) -> float | None:
    """Seconds to wait before retrying after this reply; ``None``: do not retry."""
    if reply.status not in RETRYABLE_STATUSES:
        return None
    retry_after = (
        parse_retry_after(reply.headers.get("Retry-After")) if reply.status == 503 else None
    )
    if retry_after is not None and retry_after > MAX_HONOURED_RETRY_AFTER:
        return None
    return pauses.delay(retry_after)


def _with_foreign_digits(path: str, body: object) -> str | None:
    """The part of a request (``path`` or a body member the API fills with digits) that has a
    digit other than 0-9; ``None`` when none has."""
    if has_foreign_digits(unquote(path)):
        return "path"
    if isinstance(body, dict):
        for name in _DIGIT_MEMBERS:
            value = body.get(name)
            if isinstance(value, str) and has_foreign_digits(value):
                return name
    return None


def _log_call(level: int, call: str, outcome: str, started: float, attempts: int) -> None:
    elapsed_ms = (time.monotonic() - started) * 1000
    log.log(level, "%s -> %s in %.0f ms (attempts %d)", call, outcome, elapsed_ms, attempts)


def _loggable_path(path: str) -> str:
    """The path with every id masked like the log filter masks it (card numbers, registration
    and challenge ids), and any other long digit run too: a misread or mistyped card number
    (12 or 14 digits) is still most of a card number."""
    masked = mask_text(mask_url_ids(path))
    return _LONG_DIGITS.sub(lambda run: f"{MASK * 4}{run.group(0)[-4:]}", masked)


def path_segment(value: str) -> str:
    """One URL path segment: whatever was typed or scanned cannot reach another route."""
    return quote(value, safe="")

"""The kiosk's HTTP client to the central loyalty API (v1).

Every call either returns a contract model or raises a :mod:`kiosk.core.errors` error; nothing from
requests, urllib3, json or pydantic escapes. The kiosk calls the client from a thread pool, so each
worker thread gets its own ``requests.Session`` (sessions are not thread-safe).

Retries: a GET is retried on connection failures and on 502/503/504. A POST or DELETE always
carries an ``Idempotency-Key`` (generated per call unless the caller brings one, e.g. from the
activation outbox) and is retried on the same failures with the same key, so the central applies it
at most once. Nothing is retried after a read timeout: the request may still be running, and the
shopper should not wait for it twice.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import requests
import urllib3.exceptions
from pydantic import TypeAdapter, ValidationError

import kiosk
from kiosk.contract import (
    API_PREFIX,
    IDEMPOTENCY_KEY_HEADER,
    SESSION_TOKEN_HEADER,
    AccountSummary,
    ActivationRequest,
    BarcodeNomenclature,
    CardInfo,
    ConfirmCodeRequest,
    DemoSms,
    Heartbeat,
    HeartbeatAck,
    LinkCardRequest,
    PasswordLoginRequest,
    ProblemCode,
    Product,
    ProgramInfo,
    RegistrationConfirmed,
    RegistrationRequest,
    RegistrationStatus,
    ShopperSession,
    SmsChallenge,
    SmsLoginRequest,
    StaffLoginRequest,
    StaffSession,
    TerminalStatus,
)
from kiosk.core.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    CentralTimeout,
    Problem,
    ServerError,
    Unauthorized,
    error_class_for_status,
)
from kiosk.core.masking import MASK, mask_text

if TYPE_CHECKING:
    from kiosk.core.config import KioskConfig

log = logging.getLogger("kiosk.client")

T = TypeVar("T")

RETRYABLE_STATUSES = frozenset({502, 503, 504})
# A 503 asking for a longer pause than this is not retried within the call: the shopper would
# stare at a spinner. The error carries retry_after for the caller to decide.
MAX_HONOURED_RETRY_AFTER = 5.0
# Contract answers are a few kilobytes; a runaway body must not eat the kiosk's memory.
MAX_BODY_BYTES = 4 * 1024 * 1024
_CHUNK_BYTES = 64 * 1024
_JSON_TYPES = ("application/json", "application/problem+json")
_LONG_DIGITS = re.compile(r"\d{7,}")

_program_info = TypeAdapter(ProgramInfo)
_card_info = TypeAdapter(CardInfo)
_registration_status = TypeAdapter(RegistrationStatus)
_registration_confirmed = TypeAdapter(RegistrationConfirmed)
_shopper_session = TypeAdapter(ShopperSession)
_sms_challenge = TypeAdapter(SmsChallenge)
_account_summary = TypeAdapter(AccountSummary)
_staff_session = TypeAdapter(StaffSession)
_product = TypeAdapter(Product)
_nomenclature = TypeAdapter(BarcodeNomenclature)
_heartbeat_ack = TypeAdapter(HeartbeatAck)
_terminal_list = TypeAdapter(list[TerminalStatus])
_demo_sms_list = TypeAdapter(list[DemoSms])
_json_object = TypeAdapter(dict[str, Any])


@dataclass(frozen=True, slots=True)
class _Reply:
    """An HTTP answer read in full (within the size cap)."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


class _Attempt:
    """How one attempt ended when it did not end with an answer."""

    def __init__(self, error: CentralError, *, retryable: bool) -> None:
        self.error = error
        self.retryable = retryable


class _SessionHolder:
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


class CentralClient:
    """Client of the central loyalty API v1; safe to share between worker threads."""

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
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self.base_url = base_url.rstrip("/")
        self.terminal_id = terminal_id
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.ca_bundle = ca_bundle
        self.user_agent = (
            user_agent or f"loyalty-kiosk/{kiosk.__version__} (terminal {terminal_id})"
        )
        self.language = language
        self.retries = retries
        self.backoff = backoff
        self._token = token
        self._sleep = sleep
        self._local = threading.local()
        self._sessions: weakref.WeakSet[requests.Session] = weakref.WeakSet()
        self._sessions_lock = threading.Lock()
        self._clock_skew: float | None = None
        self._last_answer_at: float | None = None

    @classmethod
    def for_config(cls, config: KioskConfig, *, retries: int = 2) -> CentralClient:
        """The client a kiosk with this config talks to its central through."""
        return cls(
            config.central_url,
            config.token,
            terminal_id=config.terminal_id,
            connect_timeout=config.connect_timeout,
            read_timeout=config.read_timeout,
            ca_bundle=config.ca_bundle,
            language=config.language,
            retries=retries,
        )

    def __repr__(self) -> str:
        # Never the token.
        return f"CentralClient({self.base_url!r}, terminal_id={self.terminal_id!r})"

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the pooled connections of every thread's session."""
        with self._sessions_lock:
            sessions = list(self._sessions)
        for session in sessions:
            session.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def last_answer_at(self) -> float | None:
        """When (epoch seconds) the central last answered as the contract says: a success or a
        refusal of its own, not a failure to reach it, a 5xx or a garbled answer; ``None``
        before the first."""
        return self._last_answer_at

    @property
    def clock_skew(self) -> float | None:
        """Seconds the central's clock is ahead of ours (negative: behind), from the last
        heartbeat; ``None`` before the first one."""
        return self._clock_skew

    # --- program and cards -------------------------------------------------------------------

    def program_info(self) -> ProgramInfo:
        return self._call("GET", f"{API_PREFIX}/program", _json_model(_program_info))

    def lookup_card(self, number: str) -> CardInfo:
        return self._call("GET", f"{API_PREFIX}/cards/{_segment(number)}", _json_model(_card_info))

    def lookup_product(self, barcode: str) -> Product:
        return self._call(
            "GET", f"{API_PREFIX}/products/{_segment(barcode)}", _json_model(_product)
        )

    def barcode_nomenclature(self) -> BarcodeNomenclature:
        """The central's rule table telling what a scanned code is."""
        return self._call("GET", f"{API_PREFIX}/nomenclature", _json_model(_nomenclature))

    # --- registration ------------------------------------------------------------------------

    def start_registration(
        self, req: RegistrationRequest, *, idempotency_key: str | None = None
    ) -> RegistrationStatus:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations",
            _json_model(_registration_status),
            body=req.model_dump(mode="json"),
            idempotency_key=idempotency_key,
        )

    def confirm_registration(self, registration_id: str, code: str) -> RegistrationConfirmed:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations/{_segment(registration_id)}/confirm",
            _json_model(_registration_confirmed),
            body=ConfirmCodeRequest(code=code).model_dump(mode="json"),
        )

    def resend_registration_code(self, registration_id: str) -> RegistrationStatus:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations/{_segment(registration_id)}/resend",
            _json_model(_registration_status),
            body={},
        )

    # --- shopper sessions --------------------------------------------------------------------

    def login_password(self, phone: str, password: str) -> ShopperSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper",
            _json_model(_shopper_session),
            body=PasswordLoginRequest(phone=phone, password=password).model_dump(mode="json"),
        )

    def start_sms_login(self, phone: str) -> SmsChallenge:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms",
            _json_model(_sms_challenge),
            body=SmsLoginRequest(phone=phone).model_dump(mode="json"),
        )

    def confirm_sms_login(self, challenge_id: str, code: str) -> ShopperSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms/{_segment(challenge_id)}/confirm",
            _json_model(_shopper_session),
            body=ConfirmCodeRequest(code=code).model_dump(mode="json"),
        )

    def resend_sms_login(self, challenge_id: str) -> SmsChallenge:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms/{_segment(challenge_id)}/resend",
            _json_model(_sms_challenge),
            body={},
        )

    def account(self, session_token: str) -> AccountSummary:
        return self._call(
            "GET",
            f"{API_PREFIX}/account",
            _json_model(_account_summary),
            session_token=session_token,
        )

    def link_card(
        self, session_token: str, card_number: str, *, idempotency_key: str | None = None
    ) -> AccountSummary:
        return self._call(
            "POST",
            f"{API_PREFIX}/account/cards",
            _json_model(_account_summary),
            body=LinkCardRequest(card_number=card_number).model_dump(mode="json"),
            session_token=session_token,
            idempotency_key=idempotency_key,
        )

    def logout(self, session_token: str) -> None:
        """End a shopper or staff session. A session the central no longer knows (expired, or
        ended by an earlier attempt whose answer was lost) counts as ended."""
        try:
            self._call(
                "DELETE", f"{API_PREFIX}/sessions/current", _no_content, session_token=session_token
            )
        except Unauthorized as error:
            if error.code != ProblemCode.SESSION_EXPIRED:
                raise

    # --- staff -------------------------------------------------------------------------------

    def staff_login(self, badge: str, pin: str) -> StaffSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/staff",
            _json_model(_staff_session),
            body=StaffLoginRequest(badge=badge, pin=pin).model_dump(mode="json"),
        )

    def activate_card(
        self, staff_token: str, card_number: str, *, idempotency_key: str
    ) -> CardInfo:
        return self._call(
            "POST",
            f"{API_PREFIX}/cards/{_segment(card_number)}/activation",
            _json_model(_card_info),
            body=ActivationRequest(terminal_id=self.terminal_id).model_dump(mode="json"),
            session_token=staff_token,
            idempotency_key=idempotency_key,
        )

    def deliver_activation(
        self,
        card_number: str,
        *,
        staff_id: str,
        scanned_at: datetime,
        idempotency_key: str,
        staff_token: str | None = None,
    ) -> ActivationResult:
        """An activation from the terminal's outbox: the cashier named by ``staff_id`` scanned
        the card at ``scanned_at``, possibly in a staff session that has ended since."""
        return self._call(
            "POST",
            f"{API_PREFIX}/cards/{_segment(card_number)}/activation",
            _activation_result,
            body=ActivationRequest(
                terminal_id=self.terminal_id, staff_id=staff_id, scanned_at=scanned_at
            ).model_dump(mode="json"),
            session_token=staff_token,
            idempotency_key=idempotency_key,
        )

    def terminals(self, staff_token: str) -> list[TerminalStatus]:
        """The last heartbeat of every terminal (a staff session with the service role)."""
        return self._call(
            "GET",
            f"{API_PREFIX}/terminals",
            _json_model(_terminal_list),
            session_token=staff_token,
        )

    # --- terminal and service ----------------------------------------------------------------

    def heartbeat(self, hb: Heartbeat) -> HeartbeatAck:
        sent_at = time.time()
        ack = self._call(
            "POST",
            f"{API_PREFIX}/terminals/{_segment(self.terminal_id)}/heartbeat",
            _json_model(_heartbeat_ack),
            body=hb.model_dump(mode="json"),
        )
        received_at = time.time()
        server_time = ack.server_time
        if server_time.tzinfo is None:
            server_time = server_time.replace(tzinfo=UTC)
        # The server read its clock somewhere between our send and receive: take the middle.
        self._clock_skew = server_time.timestamp() - (sent_at + received_at) / 2
        return ack

    def demo_sms(self) -> list[DemoSms]:
        """SMS messages the demo gateway of the reference central "sent", newest first."""
        return self._call("GET", "/demo/sms", _json_model(_demo_sms_list))

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/healthz", _json_model(_json_object))

    # --- transport ---------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        holder: _SessionHolder | None = getattr(self._local, "holder", None)
        if holder is None:
            session = requests.Session()
            session.headers.update(
                {
                    "Authorization": f"Bearer {self._token}",
                    "User-Agent": self.user_agent,
                    "Accept": "application/json",
                }
            )
            holder = _SessionHolder(session)
            self._local.holder = holder
            with self._sessions_lock:
                self._sessions.add(session)
        return holder.session

    def _call(
        self,
        method: str,
        path: str,
        decode: Callable[[_Reply, str], T],
        *,
        body: object = None,
        session_token: str | None = None,
        idempotency_key: str | None = None,
    ) -> T:
        """Send one logical call (with its retries), log one line, decode or raise."""
        call = f"{method} {_loggable_path(path)}"
        headers = {"Accept-Language": self.language}
        if session_token is not None:
            headers[SESSION_TOKEN_HEADER] = session_token
        if method != "GET":
            key = idempotency_key if idempotency_key is not None else str(uuid.uuid4())
            if not 1 <= len(key) <= 128:
                raise ValueError("an idempotency key is 1..128 characters long")
            headers[IDEMPOTENCY_KEY_HEADER] = key
        started = time.monotonic()
        outcome, attempts = self._exchange(method, path, call, headers, body)
        status = outcome.status if isinstance(outcome, _Reply) else None
        try:
            if isinstance(outcome, CentralError):
                raise outcome
            if not 200 <= outcome.status < 300:
                raise _error_for(outcome, call)
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
    ) -> tuple[_Reply | CentralError, int]:
        """Send the request, retrying what may be retried: the last outcome and the attempts."""
        url = self.base_url + path
        max_attempts = self.retries + 1
        for attempt in range(1, max_attempts + 1):
            result = self._attempt(method, url, call, headers, body)
            if isinstance(result, _Reply):
                delay = self._retry_delay(result, attempt)
                if delay is None or attempt == max_attempts:
                    return result, attempt
            else:
                if not result.retryable or attempt == max_attempts:
                    return result.error, attempt
                delay = self._backoff_delay(attempt)
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns")

    def _backoff_delay(self, attempt: int) -> float:
        """Exponential backoff: backoff, 2 x backoff, 4 x backoff, ... after attempts 1, 2, 3."""
        return self.backoff * (1 << (attempt - 1))

    def _retry_delay(self, reply: _Reply, attempt: int) -> float | None:
        """Seconds to wait before retrying after this reply; ``None``: do not retry."""
        if reply.status not in RETRYABLE_STATUSES:
            return None
        delay = self._backoff_delay(attempt)
        if reply.status == 503:
            retry_after = _parse_retry_after(reply.headers.get("Retry-After"))
            if retry_after is not None:
                if retry_after > MAX_HONOURED_RETRY_AFTER:
                    return None
                delay = max(delay, retry_after)
        return delay

    def _attempt(
        self, method: str, url: str, call: str, headers: dict[str, str], body: object
    ) -> _Reply | _Attempt:
        """One HTTP exchange: the reply read in full, or how it failed."""
        try:
            response = self._session().request(
                method,
                url,
                headers=headers,
                json=body,
                timeout=(self.connect_timeout, self.read_timeout),
                # Always verify TLS; a CA bundle path only chooses what to trust.
                verify=self.ca_bundle if self.ca_bundle else True,
                allow_redirects=False,
                stream=True,
            )
            with response:
                return _Reply(response.status_code, response.headers, _read_capped(response, call))
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
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
            return _Attempt(BadResponse(f"{call}: answer body cut off or garbled"), retryable=False)
        except requests.exceptions.ConnectionError as exc:
            if _caused_by(exc, urllib3.exceptions.ReadTimeoutError):
                # The body stalled half-way: requests reports it as a connection error.
                return _Attempt(CentralTimeout(f"{call}: answer stalled"), retryable=False)
            return _Attempt(
                CentralOffline(f"{call}: central unreachable ({_describe_failure(exc)})"),
                retryable=True,
            )
        except requests.exceptions.RequestException as exc:
            # Invalid URL and the like: a configuration error, retrying cannot help.
            return _Attempt(
                CentralOffline(f"{call}: request failed ({type(exc).__name__})"), retryable=False
            )
        except _BodyTooLarge as exc:
            return _Attempt(exc.error, retryable=False)


_TROUBLE = (CentralOffline, CentralTimeout, ServerError, BadResponse)


def _log_call(level: int, call: str, outcome: str, started: float, attempts: int) -> None:
    elapsed_ms = (time.monotonic() - started) * 1000
    log.log(level, "%s -> %s in %.0f ms (attempts %d)", call, outcome, elapsed_ms, attempts)


class _BodyTooLarge(Exception):
    def __init__(self, error: BadResponse) -> None:
        super().__init__(str(error))
        self.error = error


def _read_capped(response: requests.Response, call: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK_BYTES):
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _BodyTooLarge(BadResponse(f"{call}: answer larger than {MAX_BODY_BYTES} bytes"))
        chunks.append(chunk)
    return b"".join(chunks)


def _loggable_path(path: str) -> str:
    """The path with card numbers masked, and any other long digit run too: a misread or
    mistyped card number (12 or 14 digits) is still most of a card number."""
    return _LONG_DIGITS.sub(lambda run: f"{MASK * 4}{run.group(0)[-4:]}", mask_text(path))


def _segment(value: str) -> str:
    """One URL path segment: whatever was typed or scanned cannot reach another route."""
    return quote(value, safe="")


def _json_model(adapter: TypeAdapter[T]) -> Callable[[_Reply, str], T]:
    def decode(reply: _Reply, call: str) -> T:
        return _decode_json(reply, call, adapter)

    return decode


def _no_content(reply: _Reply, call: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ActivationResult:
    """The card after an activation, and whether this call activated it (201) or it was
    activated before (200: "already activated")."""

    card: CardInfo
    activated_now: bool


def _activation_result(reply: _Reply, call: str) -> ActivationResult:
    return ActivationResult(_decode_json(reply, call, _card_info), reply.status == 201)


def _decode_json(reply: _Reply, call: str, adapter: TypeAdapter[T]) -> T:
    status = reply.status
    if reply.content_type not in _JSON_TYPES:
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


def _error_for(reply: _Reply, call: str) -> CentralError:
    """The typed error for a non-2xx reply; problem details when the body carries them."""
    status = reply.status
    problem: Problem | None = None
    if reply.content_type in _JSON_TYPES and reply.body.strip():
        try:
            body: object = _json_object.validate_json(reply.body)
        except (ValidationError, ValueError):
            body = None
        problem = Problem.from_body(body, status)
    retry_after = _parse_retry_after(reply.headers.get("Retry-After"))
    error_class = error_class_for_status(status)
    described = f"{status} {problem.code}" if problem else str(status)
    if error_class is BadResponse:
        described = f"unexpected status {status}"
    return error_class(
        f"{call}: {described}", problem=problem, status=status, retry_after=retry_after
    )


def _parse_retry_after(value: str | None) -> float | None:
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


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    return any(isinstance(link, kind) for link in _chain(exc))


def _chain(exc: BaseException) -> list[BaseException]:
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


def _describe_failure(exc: BaseException) -> str:
    """A short, data-free reason for a connection failure (no URLs, no hosts)."""
    chain = _chain(exc)
    if any(isinstance(link, urllib3.exceptions.NameResolutionError) for link in chain):
        return "name resolution failed"
    for link in chain:
        if isinstance(link, ConnectionRefusedError):
            return "connection refused"
        if isinstance(link, ConnectionResetError):
            return "connection reset"
    if any(isinstance(link, urllib3.exceptions.ProtocolError) for link in chain):
        return "connection dropped"
    for link in chain:
        if isinstance(link, OSError) and link.errno is not None and link.errno in errno.errorcode:
            return os.strerror(link.errno)
    return type(exc).__name__

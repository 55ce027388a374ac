"""The kiosk's HTTP client to the central loyalty API (v1).

Every call either returns a contract model or raises a :mod:`kiosk.core.errors` error; nothing from
requests, urllib3, json or pydantic escapes. The kiosk calls the client from a thread pool, so each
worker thread gets its own ``requests.Session`` (sessions are not thread-safe).

Retries: a GET is retried on connection failures and on 502/503/504. A POST or DELETE always
carries an ``Idempotency-Key`` (generated per call unless the caller brings one, e.g. from the
activation outbox) and is retried on the same failures with the same key, so the central applies it
at most once. Nothing is retried after a read timeout: the request may still be running, and the
shopper should not wait for it twice.

Deadline: a whole call (connect, headers, body, every retry and pause between them) ends within
``call_deadline`` seconds (default: connect timeout + read timeout), however slowly the central
sends its bytes; past it the call raises :class:`~kiosk.core.errors.CentralTimeout`
(see :mod:`kiosk.core.deadline`).
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

import requests
import urllib3.exceptions
from pydantic import TypeAdapter

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
from kiosk.core.deadline import CallDeadline, armed
from kiosk.core.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    CentralTimeout,
    ServerError,
    Unauthorized,
)
from kiosk.core.masking import MASK, mask_text, mask_url_ids
from kiosk.core.replies import (
    Reply,
    date_header,
    decode_json,
    error_for,
    json_model,
    no_content,
)
from kiosk.core.transport import (
    BodyTooLarge,
    DeadlineAdapter,
    SessionHolder,
    caused_by,
    current_call,
    describe_failure,
    parse_retry_after,
    read_capped,
)

if TYPE_CHECKING:
    from kiosk.core.config import KioskConfig

log = logging.getLogger("kiosk.client")

T = TypeVar("T")

RETRYABLE_STATUSES = frozenset({502, 503, 504})
# A 503 asking for a longer pause than this is not retried within the call: the shopper would
# stare at a spinner. The error carries retry_after for the caller to decide.
MAX_HONOURED_RETRY_AFTER = 5.0
# Every error answer is problem+json: an Accept without it would refuse them (RFC 9110 12.5.1).
ACCEPT = "application/json, application/problem+json"
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


class _Attempt:
    """How one attempt ended when it did not end with an answer."""

    def __init__(self, error: CentralError, *, retryable: bool) -> None:
        self.error = error
        self.retryable = retryable


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
            call_deadline=config.whole_call_deadline,
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
        return self._call("GET", f"{API_PREFIX}/program", json_model(_program_info))

    def lookup_card(self, number: str) -> CardInfo:
        return self._call("GET", f"{API_PREFIX}/cards/{_segment(number)}", json_model(_card_info))

    def lookup_product(self, barcode: str) -> Product:
        return self._call("GET", f"{API_PREFIX}/products/{_segment(barcode)}", json_model(_product))

    def barcode_nomenclature(self) -> BarcodeNomenclature:
        """The central's rule table telling what a scanned code is."""
        return self._call("GET", f"{API_PREFIX}/nomenclature", json_model(_nomenclature))

    # --- registration ------------------------------------------------------------------------

    def start_registration(
        self, req: RegistrationRequest, *, idempotency_key: str | None = None
    ) -> RegistrationStatus:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations",
            json_model(_registration_status),
            body=req.model_dump(mode="json"),
            idempotency_key=idempotency_key,
        )

    def confirm_registration(self, registration_id: str, code: str) -> RegistrationConfirmed:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations/{_segment(registration_id)}/confirm",
            json_model(_registration_confirmed),
            body=ConfirmCodeRequest(code=code).model_dump(mode="json"),
        )

    def resend_registration_code(self, registration_id: str) -> RegistrationStatus:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations/{_segment(registration_id)}/resend",
            json_model(_registration_status),
        )

    # --- shopper sessions --------------------------------------------------------------------

    def login_password(self, phone: str, password: str) -> ShopperSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper",
            json_model(_shopper_session),
            body=PasswordLoginRequest(phone=phone, password=password).model_dump(mode="json"),
        )

    def start_sms_login(self, phone: str) -> SmsChallenge:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms",
            json_model(_sms_challenge),
            body=SmsLoginRequest(phone=phone).model_dump(mode="json"),
        )

    def confirm_sms_login(self, challenge_id: str, code: str) -> ShopperSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms/{_segment(challenge_id)}/confirm",
            json_model(_shopper_session),
            body=ConfirmCodeRequest(code=code).model_dump(mode="json"),
        )

    def resend_sms_login(self, challenge_id: str) -> SmsChallenge:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms/{_segment(challenge_id)}/resend",
            json_model(_sms_challenge),
        )

    def account(self, session_token: str) -> AccountSummary:
        return self._call(
            "GET",
            f"{API_PREFIX}/account",
            json_model(_account_summary),
            session_token=session_token,
        )

    def link_card(
        self, session_token: str, card_number: str, *, idempotency_key: str | None = None
    ) -> AccountSummary:
        return self._call(
            "POST",
            f"{API_PREFIX}/account/cards",
            json_model(_account_summary),
            body=LinkCardRequest(card_number=card_number).model_dump(mode="json"),
            session_token=session_token,
            idempotency_key=idempotency_key,
        )

    def logout(self, session_token: str) -> None:
        """End a shopper or staff session. A session the central no longer knows (expired, or
        ended by an earlier attempt whose answer was lost) counts as ended."""
        try:
            self._call(
                "DELETE", f"{API_PREFIX}/sessions/current", no_content, session_token=session_token
            )
        except Unauthorized as error:
            if error.code != ProblemCode.SESSION_EXPIRED:
                raise

    # --- staff -------------------------------------------------------------------------------

    def staff_login(self, badge: str, pin: str) -> StaffSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/staff",
            json_model(_staff_session),
            body=StaffLoginRequest(badge=badge, pin=pin).model_dump(mode="json"),
        )

    def activate_card(
        self, staff_token: str, card_number: str, *, idempotency_key: str
    ) -> CardInfo:
        return self._call(
            "POST",
            f"{API_PREFIX}/cards/{_segment(card_number)}/activation",
            json_model(_card_info),
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
            json_model(_terminal_list),
            session_token=staff_token,
        )

    # --- terminal and service ----------------------------------------------------------------

    def heartbeat(self, hb: Heartbeat) -> HeartbeatAck:
        sent_at = time.time()
        ack = self._call(
            "POST",
            f"{API_PREFIX}/terminals/{_segment(self.terminal_id)}/heartbeat",
            json_model(_heartbeat_ack),
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
        return self._call("GET", "/demo/sms", json_model(_demo_sms_list))

    def central_date(self) -> str | None:
        """The ``Date`` header of the central's health answer (for a clock check)."""
        return self._call("GET", "/healthz", date_header)

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
        headers = {"Accept-Language": self.language}
        if session_token is not None:
            headers[SESSION_TOKEN_HEADER] = session_token
        if method != "GET":
            key = idempotency_key if idempotency_key is not None else str(uuid.uuid4())
            if not 1 <= len(key) <= 128:
                raise ValueError("an idempotency key is 1..128 characters long")
            headers[IDEMPOTENCY_KEY_HEADER] = key
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
        for attempt in range(1, max_attempts + 1):
            result = self._attempt(method, url, call, headers, body, deadline)
            if deadline.expired:
                # Whatever the cut-off looked like (a reset, a short body), it was the deadline.
                timeout = CentralTimeout(
                    f"{call}: no complete answer within {deadline.seconds:g} s"
                )
                return timeout, attempt
            if isinstance(result, Reply):
                delay = self._retry_delay(result, attempt)
                if delay is None or attempt == max_attempts:
                    return result, attempt
                last: Reply | CentralError = result
            else:
                if not result.retryable or attempt == max_attempts:
                    return result.error, attempt
                delay = self._backoff_delay(attempt)
                last = result.error
            if delay >= deadline.remaining():
                return last, attempt
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns")

    def _backoff_delay(self, attempt: int) -> float:
        """Exponential backoff: backoff, 2 x backoff, 4 x backoff, ... after attempts 1, 2, 3."""
        return self.backoff * (1 << (attempt - 1))

    def _retry_delay(self, reply: Reply, attempt: int) -> float | None:
        """Seconds to wait before retrying after this reply; ``None``: do not retry."""
        if reply.status not in RETRYABLE_STATUSES:
            return None
        delay = self._backoff_delay(attempt)
        if reply.status == 503:
            retry_after = parse_retry_after(reply.headers.get("Retry-After"))
            if retry_after is not None:
                if retry_after > MAX_HONOURED_RETRY_AFTER:
                    return None
                delay = max(delay, retry_after)
        return delay

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
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
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


def _log_call(level: int, call: str, outcome: str, started: float, attempts: int) -> None:
    elapsed_ms = (time.monotonic() - started) * 1000
    log.log(level, "%s -> %s in %.0f ms (attempts %d)", call, outcome, elapsed_ms, attempts)


def _loggable_path(path: str) -> str:
    """The path with every id masked like the log filter masks it (card numbers, registration
    and challenge ids), and any other long digit run too: a misread or mistyped card number
    (12 or 14 digits) is still most of a card number."""
    masked = mask_text(mask_url_ids(path))
    return _LONG_DIGITS.sub(lambda run: f"{MASK * 4}{run.group(0)[-4:]}", masked)


def _segment(value: str) -> str:
    """One URL path segment: whatever was typed or scanned cannot reach another route."""
    return quote(value, safe="")


@dataclass(frozen=True, slots=True)
class ActivationResult:
    """The card after an activation, and whether this call activated it (201) or it was
    activated before (200: "already activated")."""

    card: CardInfo
    activated_now: bool


def _activation_result(reply: Reply, call: str) -> ActivationResult:
    return ActivationResult(decode_json(reply, call, _card_info), reply.status == 201)

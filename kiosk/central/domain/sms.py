"""SMS codes, the hourly send caps, and the gateways that deliver codes.

The per-code rules (validity, cooldown, sends and attempts per registration) are enforced by the
service with numbers from ``kiosk.central.domain.program``; this module makes codes, words the
message, decides whether the hourly caps per phone and per terminal allow another send
(``SendLimits``), and hands the message to a gateway. The reference service has no real SMS
provider: with demo data the demo gateway keeps sent messages in memory for ``GET /demo/sms`` (and
logs the code, demo only); without demo data the default gateway can deliver nothing and says so in
the log."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kiosk.central.domain import program
from kiosk.central.domain.clock import window_wait
from kiosk.central.domain.problems import ProblemError, wait_problem
from kiosk.central.domain.program import SMS_CODE_LENGTH, SMS_TTL_SECONDS
from kiosk.contract import DemoSms, ProblemCode
from kiosk.core.runtime.masking import DEMO_SMS_CODES_LOGGER, mask_phone

if TYPE_CHECKING:
    from kiosk.central.storage.store import Store

log = logging.getLogger(__name__)
codes_log = logging.getLogger(DEMO_SMS_CODES_LOGGER)


def new_code() -> str:
    """A uniformly random code of SMS_CODE_LENGTH digits (leading zeros kept)."""
    return f"{secrets.randbelow(10**SMS_CODE_LENGTH):0{SMS_CODE_LENGTH}d}"


def is_code_format(code: str) -> bool:
    return len(code) == SMS_CODE_LENGTH and code.isascii() and code.isdigit()


def message_text(code: str) -> str:
    minutes = SMS_TTL_SECONDS // 60
    return f"Мила: код {code}. Действует {minutes} мин. Никому не сообщайте его."


@dataclass(frozen=True)
class SendLimits:
    """How many codes may go to one phone number, and from one terminal, within a sliding
    window, whatever registration or sign-in challenge they belong to. Every code issued counts,
    also a sign-in code for a phone without an account (which is not delivered), so the answers
    never tell whether a phone has an account. A terminal is known by its bearer token:
    kiosks that share a token share its cap."""

    per_phone: int = program.SMS_MAX_SENDS_PER_PHONE
    per_terminal: int = program.SMS_MAX_SENDS_PER_TERMINAL
    window_seconds: int = program.SMS_SEND_WINDOW_SECONDS

    def __post_init__(self) -> None:
        if self.per_phone < 1 or self.per_terminal < 1 or self.window_seconds < 1:
            raise ValueError("SMS send limits must be at least 1")

    def window_start(self, now: dt.datetime) -> dt.datetime:
        return now - dt.timedelta(seconds=self.window_seconds)

    def refusal(
        self, store: Store, phone: str, terminal: str, now: dt.datetime
    ) -> ProblemError | None:
        """``too-many-sends`` (with ``retry_after``) when one more code would pass a cap."""
        since = self.window_start(now)
        for variant, cap, sends in (
            ("phone", self.per_phone, store.sms_sends_since(since, phone=phone)),
            ("terminal", self.per_terminal, store.sms_sends_since(since, terminal=terminal)),
        ):
            if len(sends) >= cap:
                wait = window_wait(sends, cap, self.window_seconds, now)
                return wait_problem(ProblemCode.TOO_MANY_SENDS, wait, variant=variant)
        return None


class SmsGateway(Protocol):
    def send(self, phone: str, code: str, when: dt.datetime) -> None:
        """Deliver ``code`` to ``phone`` (E.164)."""
        ...


class DemoSmsGateway:
    """Keeps the latest messages in memory for the demo route; never writes them to disk."""

    def __init__(self, capacity: int = 100) -> None:
        self._messages: deque[DemoSms] = deque(maxlen=capacity)
        self._lock = threading.Lock()

    def send(self, phone: str, code: str, when: dt.datetime) -> None:
        sms = DemoSms(
            phone_masked=mask_phone(phone),
            phone=phone,
            code=code,
            text=message_text(code),
            sent_at=when,
        )
        with self._lock:
            self._messages.appendleft(sms)
        # Demo only: the code is logged so a trainer can read it from kiosk-central's console,
        # on a logger of its own that the kiosk's log files never take (demo mode runs this
        # central inside the kiosk; the kiosk shows the code in its demo panel instead).
        codes_log.info("demo SMS to %s: code %s", sms.phone_masked, code)

    def messages(self) -> list[DemoSms]:
        """Sent messages, newest first."""
        with self._lock:
            return list(self._messages)


class UndeliverableSmsGateway:
    """Used when no SMS provider is configured: nothing can be delivered, and the log says so."""

    def send(self, phone: str, code: str, when: dt.datetime) -> None:
        log.warning("no SMS provider configured: code for %s not delivered", mask_phone(phone))

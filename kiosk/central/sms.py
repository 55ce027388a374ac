"""SMS codes and the gateways that deliver them.

The rules themselves (validity, cooldown, send and attempt limits) are enforced by the service
with numbers from ``kiosk.central.program``; this module makes codes, words the message and
hands it to a gateway. The reference service has no real SMS provider: with demo data the demo
gateway keeps sent messages in memory for ``GET /demo/sms`` (and logs the code, demo only);
without demo data the default gateway can deliver nothing and says so in the log.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
from collections import deque
from typing import Protocol

from kiosk.central.program import SMS_CODE_LENGTH, SMS_TTL_SECONDS
from kiosk.contract import DemoSms
from kiosk.core.masking import DEMO_SMS_CODES_LOGGER, mask_phone

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

"""SMS code challenges and the central's refusals, in the terms the shopper screens need.

Qt-free: the wizards' flows read the countdowns of a :class:`CodeChallenge` with their own
(injectable) clock, and the screens turn a :class:`Refusal` and a :class:`ResendButton` into
words (through ``tr()``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Imported where an error is read, so that screens can load without pydantic.
    from kiosk.contract import LinkedCard, RegistrationStatus, SmsChallenge


class Refusal(StrEnum):
    """Why the central said no (or could not be asked)."""

    PHONE_REGISTERED = "phone-registered"
    CARD_REGISTERED = "card-registered"
    CARD_BLOCKED = "card-blocked"
    CARD_NOT_SOLD = "card-not-sold"
    CARD_NOT_FOUND = "card-not-found"
    INVALID_CARD_NUMBER = "invalid-card-number"
    CARD_LIMIT = "card-limit"
    CARD_OTHER_ACCOUNT = "card-other-account"
    WRONG_CODE = "wrong-code"
    CODE_EXPIRED = "code-expired"
    CODE_USED = "code-used"
    TOO_MANY_ATTEMPTS = "too-many-attempts"
    TOO_MANY_SENDS = "too-many-sends"
    RESEND_COOLDOWN = "resend-cooldown"
    VALIDATION = "validation"
    WRONG_CREDENTIALS = "wrong-credentials"
    SESSION_EXPIRED = "session-expired"
    NOT_FOUND = "not-found"
    RATE_LIMITED = "rate-limited"
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    FAILED = "failed"


#: Refusals that are the service's fault, not the shopper's: the support phone goes with them.
SERVICE_REFUSALS = frozenset({Refusal.OFFLINE, Refusal.TIMEOUT, Refusal.FAILED})


class ResendState(StrEnum):
    """What the SMS code page's "new code" button offers."""

    START_AGAIN = "start-again"  # too many wrong codes: only a fresh start sends a new one
    NO_MORE = "no-more"  # the central sends no more codes for now
    READY = "ready"  # a new code may go now
    WAIT = "wait"  # counting down to when a new code may go


@dataclass(frozen=True, slots=True)
class ResendButton:
    state: ResendState
    #: Whole seconds left, for ``WAIT``.
    seconds: int = 0

    @property
    def enabled(self) -> bool:
        return self.state in (ResendState.START_AGAIN, ResendState.READY)


#: The central's problem codes (kiosk.contract.ProblemCode values).
_BY_PROBLEM_CODE: dict[str, Refusal] = {
    "phone-registered": Refusal.PHONE_REGISTERED,
    "card-registered": Refusal.CARD_REGISTERED,
    "card-blocked": Refusal.CARD_BLOCKED,
    "card-not-sold": Refusal.CARD_NOT_SOLD,
    "card-not-found": Refusal.CARD_NOT_FOUND,
    "invalid-card-number": Refusal.INVALID_CARD_NUMBER,
    "card-limit": Refusal.CARD_LIMIT,
    "card-other-account": Refusal.CARD_OTHER_ACCOUNT,
    "wrong-code": Refusal.WRONG_CODE,
    "code-expired": Refusal.CODE_EXPIRED,
    "code-used": Refusal.CODE_USED,
    "too-many-attempts": Refusal.TOO_MANY_ATTEMPTS,
    "too-many-sends": Refusal.TOO_MANY_SENDS,
    "resend-cooldown": Refusal.RESEND_COOLDOWN,
    "validation": Refusal.VALIDATION,
    "unauthorized": Refusal.WRONG_CREDENTIALS,
    "session-expired": Refusal.SESSION_EXPIRED,
    "not-found": Refusal.NOT_FOUND,
    "rate-limited": Refusal.RATE_LIMITED,
}


def refusal_for(error: BaseException) -> Refusal:
    """What a failed call means for the shopper."""
    from kiosk.core.client import errors

    if isinstance(error, errors.CentralTimeout):
        return Refusal.TIMEOUT
    if isinstance(error, errors.CentralOffline):
        return Refusal.OFFLINE
    if isinstance(error, errors.CentralError):
        code = error.code
        if code is not None and code in _BY_PROBLEM_CODE:
            return _BY_PROBLEM_CODE[code]
        if isinstance(error, errors.Unauthorized):
            return Refusal.WRONG_CREDENTIALS
        if isinstance(error, errors.NotFound):
            return Refusal.NOT_FOUND
        if isinstance(error, errors.Gone):
            return Refusal.CODE_EXPIRED
        if isinstance(error, errors.RateLimited):
            return Refusal.RATE_LIMITED
    return Refusal.FAILED


def refused_cards(error: BaseException) -> tuple[LinkedCard, ...]:
    """The account's cards (masked by the central) sent along with a card-limit refusal."""
    from kiosk.core.client import errors

    if isinstance(error, errors.CentralError) and error.problem is not None:
        return error.problem.cards
    return ()


def attempts_left(error: BaseException) -> int | None:
    from kiosk.core.client import errors

    if isinstance(error, errors.CentralError) and error.problem is not None:
        return error.problem.attempts_left
    return None


@dataclass(slots=True)
class CodeChallenge:
    """One SMS code on its way to the shopper: which phone, how long, how many tries.

    Times are deadlines on the caller's monotonic clock (seconds).
    """

    challenge_id: str
    phone_masked: str
    expires_at: float
    resend_at: float
    sends_left: int
    attempts_left: int
    #: The central refused further tries (too many wrong codes): only a new start helps.
    exhausted: bool = False
    #: The central said the code expired (its clock decides, ours only estimates).
    expired: bool = False

    @classmethod
    def from_answer(cls, answer: RegistrationStatus | SmsChallenge, now: float) -> CodeChallenge:
        from kiosk.contract import RegistrationStatus

        challenge_id = (
            answer.registration_id
            if isinstance(answer, RegistrationStatus)
            else answer.challenge_id
        )
        return cls(
            challenge_id=challenge_id,
            phone_masked=answer.phone_masked,
            expires_at=now + answer.expires_in,
            resend_at=now + answer.resend_after,
            sends_left=answer.sends_left,
            attempts_left=answer.attempts_left,
        )

    def resent(self, answer: RegistrationStatus | SmsChallenge, now: float) -> None:
        """A new code went out: the old one is void, the counters are the central's."""
        self.phone_masked = answer.phone_masked
        self.expires_at = now + answer.expires_in
        self.resend_at = now + answer.resend_after
        self.sends_left = answer.sends_left
        self.attempts_left = answer.attempts_left
        self.expired = False

    def seconds_to_resend(self, now: float) -> int:
        """Whole seconds until a resend is allowed (0: now)."""
        return max(0, math.ceil(self.resend_at - now))

    def can_resend(self, now: float) -> bool:
        return not self.exhausted and self.sends_left > 0 and now >= self.resend_at

    def resend_button(self, now: float) -> ResendButton:
        """What the "new code" button offers at ``now``."""
        if self.exhausted:
            return ResendButton(ResendState.START_AGAIN)
        if self.sends_left <= 0:
            return ResendButton(ResendState.NO_MORE)
        if self.can_resend(now):
            return ResendButton(ResendState.READY)
        return ResendButton(ResendState.WAIT, self.seconds_to_resend(now))

    def is_expired(self, now: float) -> bool:
        return self.expired or now >= self.expires_at

    def code_refused(self, error: BaseException, now: float) -> Refusal:
        """Record the central's answer to a wrong, expired or spent code; return what it was."""
        refusal = refusal_for(error)
        if refusal is Refusal.WRONG_CODE:
            left = attempts_left(error)
            self.attempts_left = max(0, left if left is not None else self.attempts_left - 1)
            if self.attempts_left == 0:
                self.exhausted = True
        elif refusal is Refusal.CODE_EXPIRED:
            self.expired = True
            # A code outlives the resend cooldown: by the central's clock a new one may go now.
            self.resend_at = min(self.resend_at, now)
        elif refusal in (Refusal.TOO_MANY_ATTEMPTS, Refusal.CODE_USED, Refusal.NOT_FOUND):
            self.attempts_left = 0
            self.exhausted = True
        return refusal

    def resend_refused(self, error: BaseException, now: float) -> Refusal:
        """Record the central's answer to a refused resend; return what it was."""
        from kiosk.core.client import errors

        refusal = refusal_for(error)
        if refusal is Refusal.RESEND_COOLDOWN:
            wait = errors.retry_after_of(error)
            self.resend_at = now + (wait if wait is not None else 60.0)
        elif refusal is Refusal.TOO_MANY_SENDS:
            self.sends_left = 0
        elif refusal in (Refusal.TOO_MANY_ATTEMPTS, Refusal.CODE_USED, Refusal.NOT_FOUND):
            self.exhausted = True
        return refusal

"""The SMS code rules shared by registrations and SMS sign-ins.

A code is 6 digits, valid 10 minutes, single use; a resend comes no sooner than 60 s after the
last send and replaces the code; a registration or challenge gets at most 5 sends and 5 wrong
tries; and across all of them the hourly caps per phone and per terminal hold (``SendLimits``).
The numbers come from kiosk.central.domain.program.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from kiosk.central.domain import program
from kiosk.central.domain.clock import Clock, ceil_seconds
from kiosk.central.domain.problems import FieldIssue, ProblemError, validation_error
from kiosk.central.domain.security import hash_sms_code, sms_code_matches
from kiosk.central.domain.sms import SendLimits, SmsGateway, is_code_format, new_code
from kiosk.central.storage.store import Store, VerificationRow, to_epoch
from kiosk.contract import ProblemCode
from kiosk.core.runtime.masking import mask_phone


class SmsCodes:
    """Checks, resends and counts the codes of registrations and sign-in challenges."""

    def __init__(self, store: Store, clock: Clock, sms: SmsGateway, limits: SendLimits) -> None:
        self.store = store
        self.clock = clock
        self.sms = sms
        self.send_limits = limits

    def state(self, row: VerificationRow, now: dt.datetime) -> dict[str, Any]:
        elapsed = to_epoch(now) - row.sent_at
        return {
            "phone_masked": mask_phone(row.phone),
            "expires_in": ceil_seconds(program.SMS_TTL_SECONDS - elapsed),
            "resend_after": ceil_seconds(program.SMS_RESEND_COOLDOWN_SECONDS - elapsed),
            "sends_left": max(0, program.SMS_MAX_SENDS - row.sends),
            "attempts_left": max(0, program.SMS_MAX_ATTEMPTS - row.attempts),
        }

    def gone_problem(self, row: VerificationRow | None, variant: str) -> ProblemError | None:
        if row is None:
            return ProblemError(ProblemCode.NOT_FOUND, variant=variant)
        if row.state == "confirmed":
            return ProblemError(ProblemCode.CODE_USED)
        if row.state == "dead":
            return ProblemError(ProblemCode.TOO_MANY_ATTEMPTS, attempts_left=0)
        return None

    def code_problem(
        self, row: VerificationRow | None, code: str, now: dt.datetime, variant: str
    ) -> ProblemError | None:
        """None when ``code`` confirms ``row``; otherwise the refusal (attempts are recorded)."""
        gone = self.gone_problem(row, variant)
        if gone is not None:
            return gone
        assert row is not None
        if not is_code_format(code):
            return validation_error(
                [FieldIssue("code", "code-format", {"length": program.SMS_CODE_LENGTH})]
            )
        if to_epoch(now) - row.sent_at >= program.SMS_TTL_SECONDS:
            return ProblemError(
                ProblemCode.CODE_EXPIRED, sends_left=max(0, program.SMS_MAX_SENDS - row.sends)
            )
        # A login challenge for a phone without an account can never be confirmed.
        can_match = row.purpose == "registration" or row.account_id is not None
        if (
            can_match
            and row.code_hash is not None
            and sms_code_matches(self.store.server_secret, row.id, code, row.code_hash)
        ):
            return None
        attempts = row.attempts + 1
        dead = attempts >= program.SMS_MAX_ATTEMPTS
        self.store.record_wrong_code(row.id, dead=dead)
        if dead:
            return ProblemError(ProblemCode.TOO_MANY_ATTEMPTS, attempts_left=0)
        return ProblemError(
            ProblemCode.WRONG_CODE, attempts_left=program.SMS_MAX_ATTEMPTS - attempts
        )

    def count_send(self, phone: str, terminal: str, now: dt.datetime) -> None:
        """Count one more code to ``phone`` from ``terminal``, or refuse it (in a transaction)."""
        refusal = self.send_limits.refusal(self.store, phone, terminal, now)
        if refusal is not None:
            raise refusal
        self.store.add_sms_send(phone, terminal, now)

    def resend(self, verification_id: str, purpose: str, terminal: str) -> VerificationRow:
        now = self.clock.now()
        variant = "registration" if purpose == "registration" else "challenge"
        code = new_code()
        with self.store.transaction():
            row = self.store.verification(verification_id, purpose)
            problem = self.gone_problem(row, variant)
            if problem is None:
                assert row is not None
                elapsed = to_epoch(now) - row.sent_at
                if row.sends >= program.SMS_MAX_SENDS:
                    problem = ProblemError(ProblemCode.TOO_MANY_SENDS, sends_left=0)
                elif elapsed < program.SMS_RESEND_COOLDOWN_SECONDS:
                    problem = ProblemError(
                        ProblemCode.RESEND_COOLDOWN,
                        retry_after=ceil_seconds(program.SMS_RESEND_COOLDOWN_SECONDS - elapsed),
                        sends_left=program.SMS_MAX_SENDS - row.sends,
                    )
                else:
                    # Raises the refusal when a cap is reached; nothing is written before it.
                    self.count_send(row.phone, terminal, now)
                    code_hash = hash_sms_code(self.store.server_secret, row.id, code)
                    self.store.record_resend(row.id, code_hash, now)
                    # A login challenge for an unknown phone goes through the same motions
                    # without an SMS, so the answers do not reveal whether it has an account.
                    if purpose == "registration" or row.account_id is not None:
                        self.store.before_commit(
                            functools.partial(self.sms.send, row.phone, code, now)
                        )
            updated = self.store.verification(verification_id, purpose)
        if problem is not None:
            raise problem
        assert updated is not None
        return updated

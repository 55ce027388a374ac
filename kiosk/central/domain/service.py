"""Business rules of the reference central service, independent of HTTP.

Every operation returns a contract model or raises ``ProblemError``. Operations that change
state run inside one store transaction; when a refusal must still be remembered (a wrong SMS
code or PIN counts against the limit) the transaction commits first and the problem is raised
after it, so the count is never rolled back. An SMS goes out as the last step before its
transaction commits (``Store.before_commit``): a provider that fails undoes the operation, and
no SMS goes for one that is not kept. (Under an Idempotency-Key the HTTP layer commits all of an
operation's transactions together with the answer it stores.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import uuid

from kiosk.central.domain import program, sessions, views
from kiosk.central.domain.clock import Clock, window_wait
from kiosk.central.domain.problems import FieldIssue, ProblemError, validation_error, wait_problem
from kiosk.central.domain.registration_form import (
    CardUnknown,
    normalize_phone,
    parse_card,
    validate_registration,
)
from kiosk.central.domain.security import (
    dummy_secret_hash,
    hash_secret,
    hash_sms_code,
    hash_token,
    verify_secret,
)
from kiosk.central.domain.sessions import ShopperPrincipal, StaffPrincipal
from kiosk.central.domain.sms import SendLimits, SmsGateway, new_code
from kiosk.central.domain.terminals import valid_terminal_id
from kiosk.central.domain.verification import SmsCodes
from kiosk.central.storage.store import CardRow, NewAccount, Store, to_epoch
from kiosk.central.storage.terminal_records import BadgeAttempts, HeartbeatRow
from kiosk.contract import (
    AccountSummary,
    CardInfo,
    Heartbeat,
    HeartbeatAck,
    PasswordLoginRequest,
    ProblemCode,
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
from kiosk.core.codes.cards import InvalidCardNumber, card_kind


def _acting_as(caller: str, terminal_id: str) -> None:
    """A request acts only as the terminal whose token it carries."""
    if not valid_terminal_id(terminal_id):
        raise validation_error([FieldIssue("terminal_id", "terminal-id")])
    if terminal_id != caller:
        raise ProblemError(ProblemCode.TERMINAL_MISMATCH)


def _scan_time_plausible(scanned_at: dt.datetime, now: dt.datetime) -> bool:
    """Within the outage a terminal's queue may outlast, and the skew its clock may have."""
    oldest = now - dt.timedelta(days=program.SCAN_MAX_AGE_DAYS)
    latest = now + dt.timedelta(minutes=program.SCAN_MAX_AHEAD_MINUTES)
    return oldest <= scanned_at <= latest


class LoyaltyService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        sms: SmsGateway,
        send_limits: SendLimits | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.sms = sms
        self.send_limits = send_limits or SendLimits()
        self.codes = SmsCodes(store, clock, sms, self.send_limits)

    # --- program --------------------------------------------------------------------------

    def program_info(self) -> ProgramInfo:
        return views.program_info(self.store, self.clock.today())

    # --- cards ----------------------------------------------------------------------------

    def _known_card(self, raw: str) -> CardRow:
        try:
            number, _ = parse_card(raw)
        except InvalidCardNumber:
            raise ProblemError(ProblemCode.INVALID_CARD_NUMBER) from None
        except CardUnknown:
            raise ProblemError(ProblemCode.CARD_NOT_FOUND) from None
        card = self.store.card(number)
        if card is None:
            raise ProblemError(ProblemCode.CARD_NOT_FOUND)
        return card

    def lookup_card(self, raw_number: str) -> CardInfo:
        card = self._known_card(raw_number)
        return views.card_info(self.store, card, self.clock.today())

    # --- registration ---------------------------------------------------------------------

    def _require_issued_card(self, number: str) -> CardRow:
        card = self.store.card(number)
        if card is None or card_kind(number) is None:
            raise ProblemError(ProblemCode.CARD_NOT_FOUND)
        if card.status == "not_issued":
            raise ProblemError(ProblemCode.CARD_NOT_SOLD)
        if card.status == "active":
            raise ProblemError(ProblemCode.CARD_REGISTERED)
        if card.status == "blocked":
            raise ProblemError(ProblemCode.CARD_BLOCKED)
        return card

    def start_registration(self, req: RegistrationRequest, *, terminal: str) -> RegistrationStatus:
        """``terminal`` identifies the caller for the hourly SMS cap (see ``SendLimits``)."""
        now = self.clock.now()
        clean, issues = validate_registration(req, self.clock.today())
        if issues:
            raise validation_error(issues)
        self._require_issued_card(clean["card_number"])
        if self.store.account_by_phone(clean["phone"]) is not None:
            raise ProblemError(ProblemCode.PHONE_REGISTERED)
        # The slow hash runs outside the store lock so other terminals are not held up.
        clean["password_hash"] = hash_secret(req.password)
        registration_id = uuid.uuid4().hex
        code = new_code()
        with self.store.transaction():
            self._housekeeping(now)
            self.codes.count_send(clean["phone"], terminal, now)
            self.store.add_verification(
                verification_id=registration_id,
                purpose="registration",
                phone=clean["phone"],
                account_id=None,
                payload=clean,
                code_hash=hash_sms_code(self.store.server_secret, registration_id, code),
                when=now,
            )
            self.store.before_commit(functools.partial(self.sms.send, clean["phone"], code, now))
        row = self.store.verification(registration_id, "registration")
        assert row is not None
        return RegistrationStatus(registration_id=registration_id, **self.codes.state(row, now))

    def confirm_registration(self, registration_id: str, code: str) -> RegistrationConfirmed:
        now = self.clock.now()
        today = self.clock.today()
        with self.store.transaction():
            row = self.store.verification(registration_id, "registration")
            problem = self.codes.code_problem(row, code, now, "registration")
            if problem is None:
                assert row is not None and row.payload is not None
                payload = row.payload
                card = self._require_issued_card(payload["card_number"])
                if self.store.account_by_phone(payload["phone"]) is not None:
                    raise ProblemError(ProblemCode.PHONE_REGISTERED)
                birth = payload["birth_date"]
                account_id = self.store.add_account(
                    NewAccount(
                        phone=payload["phone"],
                        password_hash=payload["password_hash"],
                        last_name=payload["last_name"],
                        first_name=payload["first_name"],
                        patronymic=payload["patronymic"],
                        gender=payload["gender"],
                        birth_date=dt.date.fromisoformat(birth) if birth else None,
                        home_address=payload["home_address"],
                        email=payload["email"],
                        points=0,
                        rules_version=payload["rules_version"],
                    ),
                    now,
                )
                self.store.link_card(card.number, account_id, now)
                self.store.mark_verification_confirmed(registration_id)
                session = sessions.new_shopper_session(self.store, account_id, now)
                linked = self.store.card(card.number)
                assert linked is not None
                return RegistrationConfirmed(
                    card=views.card_info(self.store, linked, today), session=session
                )
        assert problem is not None
        raise problem

    def resend_registration(self, registration_id: str, *, terminal: str) -> RegistrationStatus:
        row = self.codes.resend(registration_id, "registration", terminal)
        return RegistrationStatus(registration_id=row.id, **self.codes.state(row, self.clock.now()))

    # --- shopper sessions -----------------------------------------------------------------

    def _terminal_failures_pause(self, terminal: str, kind: str, cap: int) -> None:
        """Refuse a sign-in of ``kind`` at ``terminal`` while its failed ones fill the window."""
        now = self.clock.now()
        window = program.TERMINAL_FAILURE_WINDOW_SECONDS
        since = now - dt.timedelta(seconds=window)
        failures = self.store.sign_in_failures_since(terminal, kind, since)
        if len(failures) >= cap:
            wait = window_wait(failures, cap, window, now)
            raise wait_problem(ProblemCode.RATE_LIMITED, wait, variant="terminal")

    def login_password(self, req: PasswordLoginRequest, *, terminal: str) -> ShopperSession:
        """``terminal``, the caller, has a cap of its own on wrong passwords (over all phones)."""
        now = self.clock.now()
        self._terminal_failures_pause(terminal, "password", program.TERMINAL_MAX_WRONG_PASSWORDS)
        phone = normalize_phone(req.phone)
        key = phone or req.phone
        window_start = now - dt.timedelta(seconds=program.LOGIN_FAILURE_WINDOW_SECONDS)
        failures = self.store.login_failures_since(key, window_start)
        if len(failures) >= program.LOGIN_MAX_FAILURES:
            wait = window_wait(
                failures, program.LOGIN_MAX_FAILURES, program.LOGIN_FAILURE_WINDOW_SECONDS, now
            )
            raise wait_problem(ProblemCode.RATE_LIMITED, wait)
        account = self.store.account_by_phone(phone) if phone else None
        stored = account.password_hash if account else dummy_secret_hash()
        password_ok = verify_secret(req.password, stored) and account is not None
        with self.store.transaction():
            if not password_ok or account is None:
                self.store.add_login_failure(key, now)
                self.store.add_sign_in_failure(terminal, "password", now)
                session = None
            else:
                self.store.clear_login_failures(key)
                self._housekeeping(now)
                session = sessions.new_shopper_session(self.store, account.id, now)
        if session is None:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="login")
        return session

    def start_sms_login(self, req: SmsLoginRequest, *, terminal: str) -> SmsChallenge:
        now = self.clock.now()
        phone = normalize_phone(req.phone)
        if phone is None:
            raise validation_error([FieldIssue("phone", "phone-invalid")])
        account = self.store.account_by_phone(phone)
        challenge_id = uuid.uuid4().hex
        code = new_code()
        with self.store.transaction():
            self._housekeeping(now)
            # Counted also for a phone without an account, so the caps reveal nothing.
            self.codes.count_send(phone, terminal, now)
            self.store.add_verification(
                verification_id=challenge_id,
                purpose="login",
                phone=phone,
                account_id=account.id if account else None,
                payload=None,
                code_hash=hash_sms_code(self.store.server_secret, challenge_id, code),
                when=now,
            )
            if account is not None:
                self.store.before_commit(functools.partial(self.sms.send, phone, code, now))
        row = self.store.verification(challenge_id, "login")
        assert row is not None
        return SmsChallenge(challenge_id=challenge_id, **self.codes.state(row, now))

    def confirm_sms_login(self, challenge_id: str, code: str) -> ShopperSession:
        now = self.clock.now()
        with self.store.transaction():
            row = self.store.verification(challenge_id, "login")
            problem = self.codes.code_problem(row, code, now, "challenge")
            if problem is None:
                assert row is not None
                assert row.account_id is not None
                self.store.mark_verification_confirmed(row.id)
                return sessions.new_shopper_session(self.store, row.account_id, now)
        assert problem is not None
        raise problem

    def resend_sms_login(self, challenge_id: str, *, terminal: str) -> SmsChallenge:
        row = self.codes.resend(challenge_id, "login", terminal)
        return SmsChallenge(challenge_id=row.id, **self.codes.state(row, self.clock.now()))

    def shopper(self, token: str | None) -> ShopperPrincipal:
        return sessions.shopper(self.store, token, self.clock.now())

    def staff(self, token: str | None) -> StaffPrincipal:
        return sessions.staff(self.store, token, self.clock.now())

    def service_staff(self, token: str | None) -> StaffPrincipal:
        """A staff session with the service role (terminal overview)."""
        principal = self.staff(token)
        if principal.role != "service":
            raise ProblemError(ProblemCode.FORBIDDEN)
        return principal

    def activating_staff(self, token: str | None, staff_id: str | None) -> str:
        """Who activates: the staff session's member, or, without a session, the member the
        terminal names (an activation it queued while the central was unreachable: the
        cashier's session may have ended since; the terminal token vouches for it)."""
        if token:
            principal = self.staff(token)
            if staff_id is not None and staff_id != principal.staff_id:
                raise ProblemError(ProblemCode.FORBIDDEN)
            return principal.staff_id
        if staff_id is None:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="session")
        if self.store.staff(staff_id) is None:
            raise validation_error([FieldIssue("staff_id", "unknown-staff")])
        return staff_id

    def logout(self, token: str | None) -> None:
        if not token:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="session")
        # Ending a session that already ended is not an error: the goal state holds.
        with self.store.transaction():
            self.store.delete_session(hash_token(token))

    def account_summary(self, shopper: ShopperPrincipal) -> AccountSummary:
        return views.account_summary(self.store, shopper.account_id, self.clock.today())

    def link_card(self, shopper: ShopperPrincipal, raw_number: str) -> tuple[AccountSummary, bool]:
        """Link a card; the flag says whether it was newly linked (False: already ours)."""
        now = self.clock.now()
        today = self.clock.today()
        with self.store.transaction():
            card = self._known_card(raw_number)
            if card.account_id == shopper.account_id and card.status == "active":
                return views.account_summary(self.store, shopper.account_id, today), False
            if card.status == "blocked":
                raise ProblemError(ProblemCode.CARD_BLOCKED)
            if card.account_id is not None:
                raise ProblemError(ProblemCode.CARD_OTHER_ACCOUNT)
            if card.status == "not_issued" and card.kind != "partner":
                raise ProblemError(ProblemCode.CARD_NOT_SOLD)
            linked = self.store.account_cards(shopper.account_id)
            if len(linked) >= program.CARD_LIMIT:
                raise ProblemError(
                    ProblemCode.CARD_LIMIT,
                    cards=[views.linked(c) for c in linked],
                    params={"limit": program.CARD_LIMIT},
                )
            self.store.link_card(card.number, shopper.account_id, now)
            return views.account_summary(self.store, shopper.account_id, today), True

    # --- staff ----------------------------------------------------------------------------

    def _badge_locked(self, attempts: BadgeAttempts, now: dt.datetime) -> ProblemError | None:
        locked_until = attempts.locked_until
        if locked_until is None or locked_until <= to_epoch(now):
            return None
        return wait_problem(ProblemCode.STAFF_LOCKED, locked_until - to_epoch(now))

    def staff_login(self, req: StaffLoginRequest, *, terminal: str) -> StaffSession:
        """Sign a member in by badge and PIN at ``terminal``, the caller.

        A badge no member has goes through the same motions as a member's with a wrong PIN (the
        slow check against a hash, the count of wrong PINs in a row, the lock), so neither the
        answers nor their timing tell which badges exist. ``terminal`` has a cap of its own on
        wrong PINs, over all badges."""
        now = self.clock.now()
        self._terminal_failures_pause(terminal, "pin", program.TERMINAL_MAX_WRONG_PINS)
        badge = req.badge.strip()
        locked = self._badge_locked(self.store.badge_attempts(badge), now)
        if locked is not None:
            raise locked
        member = self.store.staff_by_badge(badge)
        pin_ok = verify_secret(req.pin, member.pin_hash if member else dummy_secret_hash())
        problem: ProblemError | None = None
        with self.store.transaction():
            self._housekeeping(now)
            attempts = self.store.badge_attempts(badge)
            problem = self._badge_locked(attempts, now)
            if problem is None and pin_ok and member is not None:
                self.store.set_badge_attempts(badge, None, now)
                return sessions.new_staff_session(self.store, member, now)
            if problem is None:
                self.store.add_sign_in_failure(terminal, "pin", now)
                failed = attempts.failed_pins + 1
                if failed >= program.STAFF_MAX_WRONG_PINS:
                    until = to_epoch(now) + program.STAFF_LOCK_SECONDS
                    self.store.set_badge_attempts(badge, BadgeAttempts(0, until), now)
                    problem = self._badge_locked(BadgeAttempts(0, until), now)
                else:
                    self.store.set_badge_attempts(badge, BadgeAttempts(failed, None), now)
                    problem = ProblemError(
                        ProblemCode.WRONG_PIN,
                        attempts_left=program.STAFF_MAX_WRONG_PINS - failed,
                    )
        assert problem is not None
        raise problem

    def activate_card(
        self,
        staff_id: str,
        raw_number: str,
        terminal_id: str,
        scanned_at: dt.datetime | None = None,
        *,
        caller: str,
    ) -> tuple[CardInfo, bool]:
        """Activate a sold card at terminal ``caller``, which ``terminal_id`` must name; the flag
        says whether it was activated now (False: before)."""
        now = self.clock.now()
        today = self.clock.today()
        _acting_as(caller, terminal_id)
        if scanned_at is not None and not _scan_time_plausible(scanned_at, now):
            params: dict[str, object] = {
                "days": program.SCAN_MAX_AGE_DAYS,
                "minutes": program.SCAN_MAX_AHEAD_MINUTES,
            }
            raise validation_error([FieldIssue("scanned_at", "scan-time-window", params)])
        with self.store.transaction():
            card = self._known_card(raw_number)
            if card.status == "blocked":
                raise ProblemError(ProblemCode.CARD_BLOCKED)
            if card.status != "not_issued":
                return views.card_info(self.store, card, today), False
            self.store.set_card_status(card.number, "issued")
            self.store.add_activation(card.number, staff_id, terminal_id, now, scanned_at)
            updated = self.store.card(card.number)
            assert updated is not None
            return views.card_info(self.store, updated, today), True

    # --- terminals ------------------------------------------------------------------------

    def heartbeat(self, terminal_id: str, beat: Heartbeat, *, caller: str) -> HeartbeatAck:
        """Terminal ``caller`` reports its health; ``terminal_id`` must name it."""
        now = self.clock.now()
        _acting_as(caller, terminal_id)
        with self.store.transaction():
            self.store.record_heartbeat(
                terminal_id,
                HeartbeatRow(
                    version=beat.version,
                    uptime_seconds=beat.uptime_seconds,
                    outbox_depth=beat.outbox_depth,
                    oldest_outbox_age_seconds=beat.oldest_outbox_age_seconds,
                    dead_letters=beat.dead_letters,
                    last_scan_at=beat.last_scan_at,
                    last_central_answer_at=beat.last_central_answer_at,
                    received_at=now,
                    outbox_problem=beat.outbox_problem,
                ),
            )
        return HeartbeatAck(server_time=now)

    def terminals(self) -> list[TerminalStatus]:
        """The last heartbeat of every terminal."""
        return [
            TerminalStatus(terminal_id=terminal_id, **dataclasses.asdict(beat))
            for terminal_id, beat in self.store.heartbeats()
        ]

    # --- housekeeping ---------------------------------------------------------------------

    def _housekeeping(self, now: dt.datetime) -> None:
        """Drop expired sessions, stale verifications and old sign-in failures and counts (in a
        transaction)."""
        self.store.purge_sessions(now)
        retention = dt.timedelta(seconds=program.VERIFICATION_RETENTION_SECONDS)
        self.store.purge_verifications(now - retention)
        window = dt.timedelta(seconds=program.LOGIN_FAILURE_WINDOW_SECONDS)
        self.store.purge_login_failures(now - window)
        terminal_window = dt.timedelta(seconds=program.TERMINAL_FAILURE_WINDOW_SECONDS)
        self.store.purge_sign_in_failures(now - terminal_window)
        badge_retention = dt.timedelta(seconds=program.BADGE_ATTEMPTS_RETENTION_SECONDS)
        self.store.purge_badge_attempts(now - badge_retention)
        self.store.purge_sms_sends(self.send_limits.window_start(now))

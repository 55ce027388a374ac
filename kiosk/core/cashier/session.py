"""Cashier mode, Qt-free: staff sign-in with badge and PIN, and the list of cards activated.

In the style of :mod:`kiosk.core.flow`: every event is a method that returns commands for the
shell to carry out, results come back as further events, and answers that belong to an earlier
sign-in attempt (``generation``) are dropped.

A staff badge scanned on the start screen opens the PIN page; only the central's "yes" to badge
and PIN signs the cashier in (a badge alone never changes anything). Signed in, each scanned card
becomes a row: the activation is recorded in the outbox first (one write path, online or not) and
the row follows what the sender reports. The session ends on sign-out, after the staff idle time,
or when a shopper scans a card on the start screen after the kiosk was handed over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE, Classified, CodeKind


class Stage(StrEnum):
    SIGNED_OUT = "signed-out"
    PIN = "pin"  # the PIN page is up for a scanned badge
    CHECKING = "checking"  # the central checks badge and PIN
    SIGNED_IN = "signed-in"  # the activation list
    HANDED_OVER = "handed-over"  # a shopper registers a card; the cashier is still signed in


class SignInProblem(StrEnum):
    # The PIN does not match the badge, with attempts_left; the central answers a badge no
    # member has alike, so that badges cannot be found out by trying.
    WRONG_PIN = "wrong-pin"
    LOCKED = "locked"  # the badge, with minutes
    TERMINAL_PAUSED = "terminal-paused"  # too many wrong PINs at this kiosk, with minutes
    TERMINAL_REFUSED = "terminal-refused"  # the central does not accept this kiosk's token
    UNREACHABLE = "unreachable"  # the central cannot be asked: no sign-in offline
    FAILED = "failed"  # anything else the central said


#: A wait the central asks for, by its problem code.
_WAITS = {"staff-locked": SignInProblem.LOCKED, "rate-limited": SignInProblem.TERMINAL_PAUSED}


def sign_in_problem(error: BaseException) -> tuple[SignInProblem, int | None, int | None]:
    """What a failed staff sign-in means for the PIN page: the problem, tries left, minutes."""
    from kiosk.core.client import errors

    if isinstance(error, errors.RateLimited) and error.code in _WAITS:
        wait = errors.retry_after_of(error)
        minutes = max(1, -(-int(wait) // 60)) if wait is not None else None
        return _WAITS[error.code], None, minutes
    if isinstance(error, errors.Unauthorized) and error.code == "wrong-pin":
        attempts = error.problem.attempts_left if error.problem else None
        return SignInProblem.WRONG_PIN, attempts, None
    if isinstance(error, errors.Unauthorized) and error.code in (None, "unauthorized"):
        # Badge and PIN are refused with wrong-pin: this refuses the terminal's token.
        return SignInProblem.TERMINAL_REFUSED, None, None
    if isinstance(error, errors.CentralOffline | errors.CentralTimeout):
        return SignInProblem.UNREACHABLE, None, None
    return SignInProblem.FAILED, None, None


class RowResult(StrEnum):
    SENDING = "sending"  # recorded, the first answer is awaited
    QUEUED = "queued"  # the central is unreachable: waits in the outbox
    ACTIVATED = "activated"
    ALREADY_ACTIVATED = "already-activated"
    ALREADY_REGISTERED = "already-registered"  # activated and registered to an account since
    UNKNOWN_CARD = "unknown-card"
    BLOCKED = "blocked"
    NOT_OURS = "not-ours"
    REFUSED = "refused"  # another refusal (in the dead letters)
    NOT_RECORDED = "not-recorded"  # the outbox could not take it (disk full): scan again later
    #: The outbox cannot write for another reason (read-only, locked, ...): nothing was
    #: recorded; once the engineer fixes it, scan again.
    NOT_STORED = "not-stored"


#: Results a cashier can hand over to the shopper for registration (the card is sold and issued,
#: and not registered yet).
HANDABLE = frozenset({RowResult.ACTIVATED, RowResult.ALREADY_ACTIVATED})

#: What the sender's outcomes (kiosk.core.cashier.sender.Outcome values) mean for a row.
_OUTCOME_RESULTS = {
    "activated": RowResult.ACTIVATED,
    "already-activated": RowResult.ALREADY_ACTIVATED,
    "already-registered": RowResult.ALREADY_REGISTERED,
    "unknown-card": RowResult.UNKNOWN_CARD,
    "blocked": RowResult.BLOCKED,
    "not-ours": RowResult.NOT_OURS,
    "refused": RowResult.REFUSED,
    "waiting": RowResult.QUEUED,
}


@dataclass(frozen=True, slots=True)
class StaffMember:
    staff_id: str
    display_name: str
    role: str
    token: str = field(repr=False)  # the staff session token: memory only, never logged

    @property
    def may_service(self) -> bool:
        return self.role == "service"


@dataclass(slots=True)
class ActivationRow:
    index: int
    card_number: str
    result: RowResult
    outbox_id: int | None = None


# --- commands --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShowPinPage:
    """The PIN keypad, empty, for the scanned badge."""


@dataclass(frozen=True, slots=True)
class CheckStaffPin:
    """Ask the central whether badge and PIN match; report with sign_in_succeeded/failed."""

    badge: str = field(repr=False)
    pin: str = field(repr=False)
    generation: int


@dataclass(frozen=True, slots=True)
class ShowPinProblem:
    problem: SignInProblem
    attempts_left: int | None = None
    minutes: int | None = None


@dataclass(frozen=True, slots=True)
class ShowList:
    """The activation list (rows and counter are on the session)."""


@dataclass(frozen=True, slots=True)
class RecordActivation:
    """Write the activation into the outbox (off the GUI thread); report with recorded()."""

    row: int
    card_number: str
    staff_id: str


@dataclass(frozen=True, slots=True)
class RowChanged:
    row: int


@dataclass(frozen=True, slots=True)
class ScanNotRecognised:
    """A code that is neither a card nor anything cashier mode knows."""


@dataclass(frozen=True, slots=True)
class HandOver:
    """Give the kiosk to the shopper with the registration wizard open on this card."""

    card_number: str


@dataclass(frozen=True, slots=True)
class EndStaffSession:
    """End the staff session at the central (best effort) and forget it."""

    token: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class LeaveCashierMode:
    """Back to the start screen."""


@dataclass(frozen=True, slots=True)
class StartStaffIdle:
    """(Re)start the staff idle time."""


@dataclass(frozen=True, slots=True)
class StopStaffIdle:
    pass


@dataclass(frozen=True, slots=True)
class AskStillHere:
    """The staff idle time ran out on the list: ask before signing the cashier out."""


@dataclass(frozen=True, slots=True)
class OpenService:
    """A staff member with the service role opens the service screen (signed out first)."""


CashierCommand = (
    ShowPinPage
    | CheckStaffPin
    | ShowPinProblem
    | ShowList
    | RecordActivation
    | RowChanged
    | ScanNotRecognised
    | HandOver
    | EndStaffSession
    | LeaveCashierMode
    | StartStaffIdle
    | StopStaffIdle
    | AskStillHere
    | OpenService
)


class CashierSession:
    """One cashier at a time: the sign-in, the rows of the activation list, the sign-out."""

    def __init__(
        self, classify: Callable[[str], Classified] = DEFAULT_NOMENCLATURE.classify
    ) -> None:
        """``classify`` is the barcode nomenclature in use (the central's once it has it)."""
        self._classify = classify
        self.stage = Stage.SIGNED_OUT
        self.member: StaffMember | None = None
        self.rows: list[ActivationRow] = []
        self.generation = 0
        self._badge: str | None = None
        #: Sender outcomes that arrived before the row learned its outbox id.
        self._early: dict[int, str] = {}
        #: The sender's last word was "the central cannot be reached".
        self._central_waiting = False

    # -- queries ----------------------------------------------------------------------------

    @property
    def activated(self) -> int:
        """Cards this session activated (the counter)."""
        return sum(row.result is RowResult.ACTIVATED for row in self.rows)

    @property
    def waiting(self) -> int:
        return sum(row.result in (RowResult.QUEUED, RowResult.SENDING) for row in self.rows)

    @property
    def signed_in(self) -> bool:
        return self.stage in (Stage.SIGNED_IN, Stage.HANDED_OVER)

    # -- sign-in ----------------------------------------------------------------------------

    def badge_scanned(self, badge: str) -> list[CashierCommand]:
        """A staff badge on the start screen: ask for its PIN. A cashier still signed in (the
        kiosk was handed over) is signed out first: a badge is no way back without a PIN."""
        commands = self._end_session()
        self.generation += 1
        self.stage = Stage.PIN
        self._badge = badge.strip()
        return [*commands, ShowPinPage()]

    def pin_entered(self, pin: str) -> list[CashierCommand]:
        if self.stage is not Stage.PIN or self._badge is None or not pin:
            return []
        self.generation += 1
        self.stage = Stage.CHECKING
        return [CheckStaffPin(self._badge, pin, self.generation)]

    def sign_in_succeeded(self, generation: int, member: StaffMember) -> list[CashierCommand]:
        if self.stage is not Stage.CHECKING or generation != self.generation:
            # Too late (the PIN page was left meanwhile): the session is ended at once.
            return [EndStaffSession(member.token)]
        self.stage = Stage.SIGNED_IN
        self._badge = None
        self.member = member
        self.rows = []
        self._early.clear()
        return [ShowList(), StartStaffIdle()]

    def sign_in_failed(
        self,
        generation: int,
        problem: SignInProblem,
        *,
        attempts_left: int | None = None,
        minutes: int | None = None,
    ) -> list[CashierCommand]:
        if self.stage is not Stage.CHECKING or generation != self.generation:
            return []
        self.stage = Stage.PIN
        return [ShowPinProblem(problem, attempts_left, minutes)]

    def pin_cancelled(self) -> list[CashierCommand]:
        if self.stage not in (Stage.PIN, Stage.CHECKING):
            return []
        self.abandon_sign_in()
        return [LeaveCashierMode()]

    def abandon_sign_in(self) -> None:
        """The kiosk left the PIN page by itself (idle time): a PIN check still under way is
        dropped, and a "yes" arriving later ends that session at once."""
        if self.stage in (Stage.PIN, Stage.CHECKING):
            self.generation += 1
            self.stage = Stage.SIGNED_OUT
            self._badge = None

    # -- the activation list ----------------------------------------------------------------

    def scanned(self, raw: str) -> list[CashierCommand]:
        """A code scanned while the activation list is up."""
        if self.stage is not Stage.SIGNED_IN or self.member is None:
            return []
        classified = self._classify(raw)
        kind = classified.kind
        if kind is CodeKind.STAFF_BADGE:
            return []  # signed in already; a badge changes nothing here
        if kind is CodeKind.UNRECOGNISED:
            return [ScanNotRecognised()]
        code = classified.normalised or classified.code
        if self.rows and self.rows[-1].card_number == code:
            return []  # the same card twice in a row is one row
        index = len(self.rows)
        if kind is not CodeKind.OWN_CARD:
            self.rows.append(ActivationRow(index, code, RowResult.NOT_OURS))
            return [RowChanged(index), StartStaffIdle()]
        self.rows.append(ActivationRow(index, code, RowResult.SENDING))
        return [
            RecordActivation(index, code, self.member.staff_id),
            RowChanged(index),
            StartStaffIdle(),
        ]

    def recorded(self, row: int, outbox_id: int) -> list[CashierCommand]:
        """The activation is in the outbox (its key with it): the sender takes it from here."""
        if not 0 <= row < len(self.rows) or self.rows[row].outbox_id is not None:
            return []
        self.rows[row].outbox_id = outbox_id
        early = self._early.pop(outbox_id, None)
        if early is not None:
            return self.delivery(outbox_id, early)
        if self._central_waiting and self.rows[row].result is RowResult.SENDING:
            # The sender delivers in order and waits for the central: this one waits too.
            self.rows[row].result = RowResult.QUEUED
            return [RowChanged(row)]
        return []

    def record_failed(self, row: int, *, disk_full: bool = True) -> list[CashierCommand]:
        """The outbox could not take the activation (the disk is full, or it cannot write for
        another reason): nothing was recorded."""
        if not 0 <= row < len(self.rows):
            return []
        self.rows[row].result = RowResult.NOT_RECORDED if disk_full else RowResult.NOT_STORED
        return [RowChanged(row)]

    def delivery(self, outbox_id: int, outcome: str) -> list[CashierCommand]:
        """What the sender made of an outbox row (an Outcome value)."""
        result = _OUTCOME_RESULTS.get(outcome)
        if result is None:
            return []
        self._central_waiting = result is RowResult.QUEUED
        changed: list[CashierCommand] = []
        known = False
        for row in self.rows:
            if row.outbox_id == outbox_id:
                known = True
                if row.result is not result:
                    row.result = result
                    changed.append(RowChanged(row.index))
            elif self._central_waiting and row.result is RowResult.SENDING and row.outbox_id:
                # Behind a row that waits for the central (delivery is in order).
                row.result = RowResult.QUEUED
                changed.append(RowChanged(row.index))
        if not known and self.signed_in and outcome != "waiting":
            self._early[outbox_id] = outcome
        return changed

    def hand_over(self, row: int) -> list[CashierCommand]:
        """'Register this card' on a row: the shopper at the till takes over."""
        if self.stage is not Stage.SIGNED_IN or not 0 <= row < len(self.rows):
            return []
        if self.rows[row].result not in HANDABLE:
            return []
        self.stage = Stage.HANDED_OVER
        # The staff idle time keeps running: the session ends by itself if nobody comes back.
        return [HandOver(self.rows[row].card_number)]

    def open_service(self) -> list[CashierCommand]:
        """'Service screen' on the list (shown to the service role only)."""
        if self.stage is not Stage.SIGNED_IN or self.member is None:
            return []
        if not self.member.may_service:
            return []
        return [*self._end_session(), OpenService()]

    # -- the end ----------------------------------------------------------------------------

    def sign_out(self) -> list[CashierCommand]:
        """'Sign out', or the staff idle time ran out (after the still-here question)."""
        if not self.signed_in and self.stage is not Stage.PIN:
            return []
        return [*self._end_session(), LeaveCashierMode()]

    def staff_idle_elapsed(self) -> list[CashierCommand]:
        """Nobody touched or scanned anything for the staff idle time."""
        if self.stage is Stage.SIGNED_IN:
            return [AskStillHere()]
        if self.stage is Stage.HANDED_OVER:
            # The shopper has the kiosk; the cashier did not come back: end it quietly.
            return self._end_session()
        return []

    def still_here_confirmed(self) -> list[CashierCommand]:
        return [StartStaffIdle()] if self.stage is Stage.SIGNED_IN else []

    def shopper_card_on_start_screen(self) -> list[CashierCommand]:
        """A shopper scanned a card on the start screen: a cashier still signed in is not
        standing there any more."""
        return self._end_session()

    def _end_session(self) -> list[CashierCommand]:
        member = self.member
        self.generation += 1
        self.stage = Stage.SIGNED_OUT
        self.member = None
        self._badge = None
        self.rows = []
        self._early.clear()
        if member is None:
            return []
        return [StopStaffIdle(), EndStaffSession(member.token)]

"""The one sender of the activation outbox: delivers the rows in order, on its own thread.

Each row is sent with the ``Idempotency-Key`` stored with it. A 2xx (activated now, or already
activated before) removes the row; any other refusal of the central moves it to the dead letters;
when the central cannot be reached, times out, fails (5xx) or asks to wait (429), the row stays
and the sender waits: exponential backoff with full jitter, capped, and woken at once when
something says the central answers again (:meth:`ActivationSender.wake`).

When the outbox cannot write the central's answer (a full or read-only disk, ...), the answer is
kept in memory and written once the outbox takes writes again; the row is not sent again
meanwhile, the next rows go (so they reach the central), and the sender waits between steps
with the same backoff. The outbox opens its file afresh on the next attempt, so nothing needs a
restart once the disk is fixed.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.cashier.outbox import ActivationOutbox, QueuedActivation
from kiosk.core.cashier.outbox_problems import OutboxError
from kiosk.core.client import ActivationResult, CentralClient
from kiosk.core.client.backoff import Backoff
from kiosk.core.client.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    CentralTimeout,
    RateLimited,
    ServerError,
    Unauthorized,
    retry_after_of,
)
from kiosk.core.runtime.masking import mask_card

log = logging.getLogger("kiosk.outbox")


class Outcome(enum.Enum):
    ACTIVATED = "activated"
    ALREADY_ACTIVATED = "already-activated"
    #: Activated before and registered to an account since: nothing left to register.
    ALREADY_REGISTERED = "already-registered"
    UNKNOWN_CARD = "unknown-card"
    BLOCKED = "blocked"
    NOT_OURS = "not-ours"
    REFUSED = "refused"  # any other refusal (kept in the dead letters with its reason)
    WAITING = "waiting"  # not delivered yet: the central is unreachable or busy


@dataclass(frozen=True, slots=True)
class Delivery:
    """What one attempt to deliver a row came to."""

    outcome: Outcome
    reason: str = ""
    retry_after: float | None = None

    @property
    def final(self) -> bool:
        return self.outcome is not Outcome.WAITING


#: Outcomes that take a row out of the outbox for good (the central has the activation).
_DELIVERED = frozenset({Outcome.ACTIVATED, Outcome.ALREADY_ACTIVATED, Outcome.ALREADY_REGISTERED})


def _outcome_of(result: ActivationResult) -> Outcome:
    if result.activated_now:
        return Outcome.ACTIVATED
    # "active": the card is registered to an account (the shopper has nothing to register).
    return (
        Outcome.ALREADY_REGISTERED if result.card.status == "active" else Outcome.ALREADY_ACTIVATED
    )


_REFUSAL_OUTCOMES = {
    "card-not-found": Outcome.UNKNOWN_CARD,
    "card-blocked": Outcome.BLOCKED,
    "invalid-card-number": Outcome.NOT_OURS,
}
# Nothing about the row is wrong: the central or the way to it is. The row waits.
_TRANSIENT = (CentralOffline, CentralTimeout, ServerError, BadResponse, RateLimited)


def classify(error: CentralError) -> Delivery:
    """A failed delivery: wait and retry, or a refusal of this row."""
    if isinstance(error, _TRANSIENT):
        # As the central said it: the backoff caps it where it decides the wait.
        return Delivery(Outcome.WAITING, type(error).__name__, retry_after_of(error))
    if isinstance(error, Unauthorized) and error.code in (None, "unauthorized"):
        # The terminal token was refused: a configuration fault of the terminal, not of the
        # row. Keep every row until it is fixed.
        return Delivery(Outcome.WAITING, "terminal-unauthorized")
    if error.code == "terminal-mismatch":
        # The token is another terminal's than the configured terminal id: the same fault.
        return Delivery(Outcome.WAITING, "terminal-mismatch")
    code = error.code or f"status-{error.status}"
    return Delivery(_REFUSAL_OUTCOMES.get(code, Outcome.REFUSED), code)


Deliver = Callable[[QueuedActivation], ActivationResult]


def client_delivery(client: CentralClient) -> Deliver:
    """Deliver rows through the central client (the terminal token vouches for the cashier)."""

    def deliver(row: QueuedActivation) -> ActivationResult:
        return client.deliver_activation(
            row.card_number,
            staff_id=row.staff_id,
            scanned_at=row.scanned_at_utc,
            idempotency_key=row.idempotency_key,
        )

    return deliver


class ActivationSender:
    """Delivers the outbox's rows one by one; ``run_once`` is the step, ``start`` the thread."""

    def __init__(
        self,
        outbox: ActivationOutbox,
        deliver: Deliver,
        *,
        on_delivery: Callable[[QueuedActivation, Delivery], None] | None = None,
        backoff_base: float = 1.0,
        backoff_cap: float = 30.0,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.outbox = outbox
        self._deliver = deliver
        self._on_delivery = on_delivery
        self._backoff = Backoff(backoff_base, backoff_cap, jitter=jitter)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        #: The central's answers the outbox could not write yet, by row id (lost on a restart,
        #: when the rows are sent again with their keys and the central replays its answers).
        self._unwritten: dict[int, Delivery] = {}
        self._outbox_problem = "outbox"

    # --- one step ------------------------------------------------------------------------------

    def run_once(self) -> Delivery | None:
        """Try the oldest row not answered yet: what became of it, or None when nothing is
        left to do.

        An answer the outbox cannot write now (full, read-only, ...) is kept here and written
        on a later step; its row is not sent again meanwhile, the next row goes instead, and
        the sender waits between steps as after any failure."""
        written = self._write_answers()
        try:
            row = self.outbox.head(skipping=self._unwritten)
        except OutboxError as error:
            # One failure of the outbox per step counts for the wait.
            return self._outbox_failed(error) if written else self._waiting_for_outbox()
        if row is None:
            if not written:
                return self._waiting_for_outbox()
            self._backoff.reset()
            return None
        try:
            result = self._deliver(row)
        except CentralError as error:
            delivery = classify(error)
        else:
            delivery = Delivery(_outcome_of(result))
        if not delivery.final:
            if written:  # else the outbox's failure counted for this step already
                self._backoff.failed()
            try:
                self.outbox.attempt_failed(row.id, delivery.reason)
            except OutboxError as error:  # only a count: the row waits all the same
                log.debug("attempt on row %d not counted: %s", row.id, error)
        else:
            log.info(
                "activation of %s (row %d): %s",
                mask_card(row.card_number),
                row.id,
                delivery.outcome.value,
            )
            self._unwritten[row.id] = delivery
            if written and self._write_answers():
                self._backoff.reset()
        if self._on_delivery is not None:
            self._on_delivery(row, delivery)
        return delivery

    def _write_answers(self) -> bool:
        """Write the central's answers the outbox has not taken yet; True when none is left
        (a failure counts as one for the wait)."""
        for row_id, delivery in list(self._unwritten.items()):
            try:
                if delivery.outcome in _DELIVERED:
                    self.outbox.delivered(row_id)
                else:
                    self.outbox.refused(row_id, delivery.reason)
            except OutboxError as error:
                self._outbox_failed(error)
                return False
            del self._unwritten[row_id]
        return True

    def _outbox_failed(self, error: OutboxError) -> Delivery:
        self._backoff.failed()
        self._outbox_problem = error.problem.value if error.problem else "outbox"
        return self._waiting_for_outbox()

    def _waiting_for_outbox(self) -> Delivery:
        return Delivery(Outcome.WAITING, self._outbox_problem)

    def next_delay(self, retry_after: float | None = None) -> float:
        """Seconds to wait after the current run of failures: full jitter over an exponential
        ceiling (so many terminals coming back do not call at once), at least Retry-After."""
        return self._backoff.delay(retry_after)

    # --- the thread ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the sender runs already")
        self._thread = threading.Thread(target=self._run, name="activation-sender", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Try now: a new row was added, or the central answered again."""
        self._backoff.shorten()
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop after the current attempt and join the thread."""
        self._stopping.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                delivery = self.run_once()
            except Exception:  # a bug must not end delivery for good; it is logged
                log.exception("activation sender step failed")
                self._backoff.failed()
                delivery = Delivery(Outcome.WAITING, "bug")
            if delivery is None:
                self._wake.wait()
            elif self._backoff.failures:
                self._wake.wait(self.next_delay(delivery.retry_after))

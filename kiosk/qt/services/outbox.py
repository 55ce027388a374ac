"""The activation outbox on the Qt side: opened, written and read off the GUI thread.

Every SQLite call runs on this service's own one-thread task runner (so writes are serialised
and never invalidated by a shopper's reset) or on the sender's own thread; the GUI thread only
gets the results. What the sender makes of each row comes back as the ``delivered`` signal.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.qt.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.core.cashier.outbox import ActivationOutbox, DeadLetter, QueuedActivation
    from kiosk.core.cashier.sender import ActivationSender, Delivery
    from kiosk.core.client import ActivationResult, CentralClient

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OutboxHealth:
    """What the service screen and the heartbeat show of the outbox."""

    depth: int | None  # None: the outbox could not be read since the kiosk started
    oldest_age_seconds: int | None
    dead_letters: int
    #: The fault that stops the outbox writing now (an OutboxProblem value: "full",
    #: "read-only", ...). Every row is kept meanwhile, and it passes by itself once fixed.
    problem: str | None = None
    #: Damage found on opening (OutboxProblem "corrupt" or "rows-missing"): where the damaged
    #: file was kept, and how many recorded activations are not in the outbox now.
    damage: str | None = None
    kept_as: Path | None = None
    rows_lost: int = 0

    @property
    def reported_problem(self) -> str | None:
        """The one word the heartbeat sends: the fault now, else the damage found."""
        return self.problem or self.damage


class ActivationService(QObject):
    #: Outbox row id and the Outcome value the sender made of it (on the GUI thread).
    delivered = Signal(int, str)

    def __init__(
        self,
        path: Path,
        client: Callable[[], CentralClient],
        *,
        terminal_id: str,
        parent: QObject | None = None,
        backoff_base: float = 1.0,
        backoff_cap: float = 30.0,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.terminal_id = terminal_id
        self._client = client
        self._backoff = (backoff_base, backoff_cap)
        self.runner = TaskRunner.one_at_a_time(parent=self)  # one writer at a time, in order
        self._outbox: ActivationOutbox | None = None
        self._sender: ActivationSender | None = None
        self.open_error: str | None = None

    # -- life -------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the outbox and start the sender (on the service's thread)."""
        self.runner.run(self._open, lambda _none: None, self._open_failed)

    def _open(self) -> None:
        from kiosk.core.cashier.outbox import ActivationOutbox
        from kiosk.core.cashier.sender import ActivationSender, client_delivery

        # A fault of the disk does not stop this: the outbox keeps it as its problem, and every
        # call after tries the file again (no restart once someone fixes it).
        outbox = ActivationOutbox(self.path)
        client = self._client

        def deliver(row: QueuedActivation) -> ActivationResult:
            # The client is built on first use, on this (the sender's) thread.
            return client_delivery(client())(row)

        sender = ActivationSender(
            outbox,
            deliver,
            on_delivery=self._on_delivery,
            backoff_base=self._backoff[0],
            backoff_cap=self._backoff[1],
        )
        self._outbox, self._sender = outbox, sender
        sender.start()  # rows left from before a restart go out now

    def _open_failed(self, error: Exception) -> None:
        # Only an error the outbox does not know (a bug): it is not tried again.
        self.open_error = str(error) or type(error).__name__
        log.error("activation outbox not opened: %s", self.open_error)

    def _on_delivery(self, row: QueuedActivation, delivery: Delivery) -> None:
        # Sender thread: the signal is queued to the GUI thread (this object lives there).
        self.delivered.emit(row.id, delivery.outcome.value)

    def stop(self) -> None:
        """Stop the sender, let pending writes finish, close the database."""
        self.runner.wait_for_done(15_000)
        if self._sender is not None:
            self._sender.stop()
        if self._outbox is not None:
            self._outbox.close()
        self._sender = self._outbox = None

    def wake(self) -> None:
        """The central answered something: try the waiting rows now."""
        if self._sender is not None:
            self._sender.wake()

    # -- work, off the GUI thread -------------------------------------------------------------

    def _ready(self) -> ActivationOutbox:
        if self._outbox is None:
            from kiosk.core.cashier.outbox_problems import OutboxError

            raise OutboxError(self.open_error or "the activation outbox is not open yet")
        return self._outbox

    def record(
        self,
        card_number: str,
        staff_id: str,
        on_done: Callable[[int], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Write one activation (its key with it), then wake the sender; ``on_done(row_id)``."""

        def write() -> int:
            row = self._ready().add(card_number, staff_id, self.terminal_id)
            if self._sender is not None:
                self._sender.wake()
            return row.id

        self.runner.run(write, on_done, on_error)

    def health(self, on_done: Callable[[OutboxHealth], None]) -> None:
        self.runner.run(lambda: _health_of(self._ready()), on_done, self._log_failure)

    def health_now(self) -> OutboxHealth | None:
        """For a worker thread (the heartbeat): the outbox's health, or None if not open.
        While a fault stands it tries whether it has passed (a write of one page)."""
        outbox = self._outbox
        return _health_of(outbox) if outbox is not None else None

    def dead_letters(self, on_done: Callable[[list[DeadLetter]], None]) -> None:
        self.runner.run(lambda: self._ready().dead_letters(), on_done, self._log_failure)

    def retry_dead_letter(self, row_id: int, on_done: Callable[[Any], None]) -> None:
        def retry() -> object:
            again = self._ready().retry_dead_letter(row_id)
            if self._sender is not None:
                self._sender.wake()
            return again

        self.runner.run(retry, on_done, self._log_failure)

    def discard_dead_letter(self, row_id: int, on_done: Callable[[Any], None]) -> None:
        self.runner.run(
            lambda: self._ready().discard_dead_letter(row_id), on_done, self._log_failure
        )

    def _log_failure(self, error: Exception) -> None:
        log.error("activation outbox: %s", error)


def _health_of(outbox: ActivationOutbox) -> OutboxHealth:
    health = outbox.health()
    stats, damage = health.stats, health.damage
    return OutboxHealth(
        stats.depth if stats is not None else None,
        stats.oldest_age_seconds(time.time()) if stats is not None else None,
        stats.dead_letters if stats is not None else 0,
        problem=health.problem.value if health.problem is not None else None,
        damage=damage.problem.value if damage is not None else None,
        kept_as=damage.kept_as if damage is not None else None,
        rows_lost=damage.rows if damage is not None else 0,
    )

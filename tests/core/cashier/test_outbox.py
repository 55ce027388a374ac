"""The activation outbox and its sender, against the reference central where it matters."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.central.domain.clock import Clock, ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier.outbox import ActivationOutbox
from kiosk.core.cashier.outbox_problems import OutboxFull
from kiosk.core.cashier.sender import (
    ActivationSender,
    Delivery,
    Outcome,
    classify,
    client_delivery,
)
from kiosk.core.client import ActivationResult, CentralClient
from kiosk.core.client.errors import CentralOffline, Conflict, Problem, RateLimited, ServerError
from tests.support.central_api import (
    ANNA_CARD,
    BLOCKED_CARD,
    ISSUED_CARDS,
    NOT_ISSUED_CARDS,
    UNKNOWN_CARD,
)

SOLD = NOT_ISSUED_CARDS[0]


class Keys:
    """Idempotency keys in order: k1, k2, ..."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"k{self.n}"


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[ActivationOutbox]:
    with ActivationOutbox(tmp_path / "outbox.sqlite3", clock=lambda: 1750064400.0) as box:
        yield box


def scan_clock(clock: Clock) -> Callable[[], float]:
    """The outbox's wall clock on the central's: the central refuses scan times far from it."""
    return lambda: clock.now().timestamp()


def test_the_key_is_stored_with_the_row_before_the_first_send(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    seen: list[tuple[str, str, str, float]] = []

    def deliver(row: object) -> ActivationResult:
        # Another connection, as after a crash: the row and its key are on disk already.
        with sqlite3.connect(path) as other:
            seen.extend(
                other.execute(
                    "SELECT idempotency_key, staff_id, terminal_id, scanned_at FROM outbox"
                )
            )
        raise CentralOffline("down")

    with ActivationOutbox(path, clock=lambda: 1750064400.0, new_key=Keys()) as box:
        queued = box.add(SOLD, "S-0001", "DEMO-01")
        ActivationSender(box, deliver).run_once()

        assert seen == [("k1", "S-0001", "DEMO-01", 1750064400.0)]
        assert box.pending() == [
            queued.__class__(queued.id, SOLD, "S-0001", "DEMO-01", 1750064400.0, "k1", 1)
        ]
        mode = box._conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = box._conn.execute("PRAGMA synchronous").fetchone()[0]
    assert (mode, sync) == ("wal", 2)  # 2: FULL


def test_a_mixed_batch_gives_every_result_kind(
    central: EmbeddedCentral, client: CentralClient, outbox: ActivationOutbox
) -> None:
    cards = [SOLD, ISSUED_CARDS[0], ANNA_CARD, UNKNOWN_CARD, BLOCKED_CARD, NOT_ISSUED_CARDS[1]]
    for card in cards:
        outbox.add(card, "S-0001", "DEMO-01")
    results: list[tuple[str, Outcome, str]] = []
    sender = ActivationSender(
        outbox,
        client_delivery(client),
        on_delivery=lambda row, d: results.append((row.card_number, d.outcome, d.reason)),
    )

    while sender.run_once() is not None:
        pass

    assert results == [
        (SOLD, Outcome.ACTIVATED, ""),
        (ISSUED_CARDS[0], Outcome.ALREADY_ACTIVATED, ""),
        (ANNA_CARD, Outcome.ALREADY_REGISTERED, ""),
        (UNKNOWN_CARD, Outcome.UNKNOWN_CARD, "card-not-found"),
        (BLOCKED_CARD, Outcome.BLOCKED, "card-blocked"),
        (NOT_ISSUED_CARDS[1], Outcome.ACTIVATED, ""),
    ]
    assert outbox.pending() == []
    assert [(d.card_number, d.reason) for d in outbox.dead_letters()] == [
        (UNKNOWN_CARD, "card-not-found"),
        (BLOCKED_CARD, "card-blocked"),
    ]
    audit = central.store.activations()
    assert sorted((a.card_number, a.staff_id, a.terminal_id) for a in audit) == [
        (SOLD, "S-0001", "DEMO-01"),
        (NOT_ISSUED_CARDS[1], "S-0001", "DEMO-01"),
    ]
    assert {a.scanned_at for a in audit} == {1750064400.0}


def test_central_down_then_back_delivers_each_exactly_once(
    tmp_path: Path, manual_clock: ManualClock
) -> None:
    db = tmp_path / "central.sqlite3"
    first = EmbeddedCentral(db, demo=True, token="demo-token", clock=manual_clock).start()
    port = int(first.url.rsplit(":", 1)[1])
    url = first.url
    first.stop()  # the central goes away before anything is sent
    batch = NOT_ISSUED_CARDS
    progress = threading.Condition()
    outcomes: list[tuple[str, Outcome]] = []

    def record(row: object, delivery: Delivery) -> None:
        with progress:
            outcomes.append((getattr(row, "card_number", ""), delivery.outcome))
            progress.notify_all()

    with (
        CentralClient(url, "demo-token", terminal_id="DEMO-01", retries=0) as client,
        ActivationOutbox(tmp_path / "outbox.sqlite3", clock=scan_clock(manual_clock)) as box,
    ):
        sender = ActivationSender(
            box, client_delivery(client), on_delivery=record, backoff_base=0.05, backoff_cap=0.2
        )
        sender.start()
        try:
            for card in batch:
                box.add(card, "S-0002", "DEMO-01")
                sender.wake()
            with progress:
                assert progress.wait_for(lambda: len(outcomes) >= 3, timeout=10)
            assert {outcome for _, outcome in outcomes} == {Outcome.WAITING}
            assert box.stats().depth == 2

            with EmbeddedCentral(
                db, demo=True, token="demo-token", clock=manual_clock, port=port
            ) as back:
                sender.wake()
                with progress:
                    assert progress.wait_for(
                        lambda: sum(o is Outcome.ACTIVATED for _, o in outcomes) == 2, timeout=10
                    )
                audit = back.store.activations()
                replies = back.store._all("SELECT COUNT(*) FROM idempotency")[0][0]
        finally:
            sender.stop()
        assert box.stats().depth == 0
    # Checked in the central's database: one audit row per card, one stored answer per key.
    assert sorted((a.card_number, a.staff_id) for a in audit) == [(c, "S-0002") for c in batch]
    assert replies == 2


def test_queued_rows_are_sent_after_a_restart(
    tmp_path: Path, central: EmbeddedCentral, client: CentralClient
) -> None:
    path = tmp_path / "outbox.sqlite3"
    with ActivationOutbox(path, clock=scan_clock(central.clock)) as box:
        box.add(SOLD, "S-0001", "DEMO-01")
    # The kiosk is switched off and on again.
    with ActivationOutbox(path) as box:
        delivery = ActivationSender(box, client_delivery(client)).run_once()
        assert delivery == Delivery(Outcome.ACTIVATED)
        assert box.stats().depth == 0
    assert [a.card_number for a in central.store.activations()] == [SOLD]


def test_rows_wait_while_the_terminal_id_is_not_its_tokens(
    tmp_path: Path, central: EmbeddedCentral
) -> None:
    # A kiosk configured as DEMO-02 with DEMO-01's token: its configuration is at fault, not
    # the row, which waits (as for a refused token) until the configuration is fixed.
    with (
        CentralClient(central.url, central.token, terminal_id="DEMO-02", retries=0) as client,
        ActivationOutbox(tmp_path / "outbox.sqlite3", clock=scan_clock(central.clock)) as box,
    ):
        box.add(SOLD, "S-0001", "DEMO-02")
        delivery = ActivationSender(box, client_delivery(client)).run_once()

        assert delivery is not None
        assert (delivery.outcome, delivery.reason) == (Outcome.WAITING, "terminal-mismatch")
        assert (box.stats().depth, box.dead_letters()) == (1, [])
    assert central.store.activations() == []


def test_a_dead_letter_can_be_retried_with_a_new_key_or_discarded(
    outbox: ActivationOutbox,
) -> None:
    first = outbox.add(SOLD, "S-0001", "DEMO-01")
    second = outbox.add(NOT_ISSUED_CARDS[1], "S-0001", "DEMO-01")
    outbox.refused(first.id, "card-blocked")
    outbox.refused(second.id, "card-not-found")

    again = outbox.retry_dead_letter(first.id)
    outbox.discard_dead_letter(second.id)

    assert again is not None
    assert again.idempotency_key != first.idempotency_key
    assert [(r.card_number, r.scanned_at) for r in outbox.pending()] == [(SOLD, first.scanned_at)]
    assert outbox.dead_letters() == []
    assert outbox.retry_dead_letter(12345) is None


def test_a_full_disk_records_nothing_half_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with ActivationOutbox(path) as box:
        pages = box._conn.execute("PRAGMA page_count").fetchone()[0]
    # A cap of the current size plus one page: the "disk" fills after a few rows.
    with ActivationOutbox(path, max_page_count=pages + 1) as box:
        added = 0
        with pytest.raises(OutboxFull, match="disk is full"):
            for _ in range(10_000):
                box.add(SOLD, "S-0001", "DEMO-01")
                added += 1
        assert 0 < added < 10_000
        assert box.stats().depth == added
        # Delivering frees room: the next activation fits again.
        head = box.head()
        assert head is not None
        box.delivered(head.id)
        box.add(SOLD, "S-0001", "DEMO-01")
        assert box.stats().depth == added
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == added


def test_a_corrupt_database_is_kept_aside_and_a_new_one_started(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"this is not a database" * 100)

    with ActivationOutbox(path, clock=lambda: 1750064400.0) as box:
        assert box.recovered == tmp_path / "outbox.sqlite3.corrupt-20250616-090000"
        assert box.recovered.read_bytes().startswith(b"this is not")
        box.add(SOLD, "S-0001", "DEMO-01")
        assert box.stats().depth == 1
    assert "kept as outbox.sqlite3.corrupt-20250616-090000" in caplog.text
    with ActivationOutbox(path) as box:
        assert box.recovered is None


def test_transient_failures_wait_and_refusals_are_final() -> None:
    offline = classify(CentralOffline("down"))
    busy = classify(RateLimited("busy", retry_after=7))
    broken = classify(ServerError("500", status=500))
    blocked = classify(
        Conflict("no", problem=Problem.from_body({"code": "card-blocked"}, 409), status=409)
    )

    assert [offline.final, busy.final, broken.final] == [False, False, False]
    assert busy.retry_after == 7
    assert (blocked.outcome, blocked.reason) == (Outcome.BLOCKED, "card-blocked")


def test_backoff_grows_exponentially_with_full_jitter_up_to_the_cap(
    outbox: ActivationOutbox,
) -> None:
    outbox.add(SOLD, "S-0001", "DEMO-01")

    def down(row: object) -> ActivationResult:
        raise CentralOffline("down")

    sender = ActivationSender(outbox, down, backoff_base=1.0, backoff_cap=8.0, jitter=lambda: 1.0)
    ceilings = []
    for _ in range(6):
        sender.run_once()
        ceilings.append(sender.next_delay())
    assert ceilings == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert sender.next_delay(retry_after=20) == 8.0
    half = ActivationSender(outbox, down, backoff_base=1.0, jitter=lambda: 0.5)
    half.run_once()
    half.run_once()
    assert half.next_delay() == 1.0
    assert half.next_delay(retry_after=3) == 3
    assert outbox.pending()[0].attempts == 8

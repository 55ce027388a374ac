"""The activation outbox on a bad disk: faults of the place (full, read-only, permission, busy)
keep every row, say what they are and pass by themselves once fixed; only a damaged file is set
aside; a file that lost rows is said loudly; the disk use is bounded and a delivered card number
leaves no trace in the files.

The tests run as root, whom file modes do not stop: a fault root cannot meet is made real where
SQLite allows it (a folder where the ``-shm`` file should be, a second connection holding the
write lock, a path that is a folder) and told by an injected connection otherwise.
"""

from __future__ import annotations

import functools
import logging
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.contract import CardInfo
from kiosk.core.cashier.outbox import ActivationOutbox, QueuedActivation
from kiosk.core.cashier.outbox_problems import OutboxError, OutboxFull, OutboxProblem
from kiosk.core.cashier.sender import ActivationSender, Outcome
from kiosk.core.client import ActivationResult
from kiosk.core.client.errors import CentralOffline

CARDS = [f"29900000{n:04d}{n % 10}" for n in range(1, 6)]
CLOCK = 1750064400.0


def _add(box: ActivationOutbox, cards: list[str]) -> None:
    for card in cards:
        box.add(card, "S-0001", "DEMO-01")


def _fill(path: Path, cards: list[str]) -> None:
    with ActivationOutbox(path, clock=lambda: CLOCK) as box:
        _add(box, cards)


def _set_aside(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if ".corrupt-" in p.name or ".damaged-" in p.name
    )


def _connect(
    path: Path,
    *,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
    timeout: float = 10.0,
    uri: str | None = None,
) -> sqlite3.Connection:
    return sqlite3.connect(
        uri or path,
        uri=uri is not None,
        isolation_level=None,
        check_same_thread=False,
        timeout=timeout,
        factory=factory,
    )


def _sqlite_error(code: int, name: str, message: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    return error


class _ReadOnlyFolder(sqlite3.Connection):
    """What SQLite answers in a folder the kiosk may not write, where it cannot make the
    ``-wal`` and ``-shm`` files: every statement fails (root would be let through)."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        raise _sqlite_error(
            1544, "SQLITE_READONLY_DIRECTORY", "attempt to write a readonly database"
        )


class Switch:
    """An injected connect function that opens through ``broken`` until ``fix()``."""

    def __init__(self, broken: Callable[[Path], sqlite3.Connection]) -> None:
        self.broken: Callable[[Path], sqlite3.Connection] | None = broken

    def fix(self) -> None:
        self.broken = None

    def __call__(self, path: Path) -> sqlite3.Connection:
        return self.broken(path) if self.broken is not None else _connect(path)


def _activated(row: QueuedActivation) -> ActivationResult:
    card = CardInfo.model_validate(
        {
            "number": row.card_number,
            "kind": "own",
            "status": "issued",
            "card_prices": True,
            "promotions_today": [],
        }
    )
    return ActivationResult(card=card, activated_now=True)


# --- faults of the place: every row kept, said as what they are, gone once fixed -------------


def test_an_unwritable_shm_keeps_every_row_and_says_read_only(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:3])
    # A -shm file the kiosk's user cannot write (left by a run as root): SQLite opens it
    # read-only. A folder in its place does the same to root.
    shm = tmp_path / "outbox.sqlite3-shm"
    shm.mkdir()

    with ActivationOutbox(path) as box:
        assert box.damage is None and box.recovered is None
        assert [row.card_number for row in box.pending()] == CARDS[:3]
        with pytest.raises(OutboxError) as raised:
            box.add(CARDS[3], "S-0001", "DEMO-01")
        assert not isinstance(raised.value, OutboxFull)
        assert raised.value.problem is OutboxProblem.READ_ONLY
        health = box.health()
        assert health.problem is OutboxProblem.READ_ONLY
        assert health.stats is not None and health.stats.depth == 3

        shm.rmdir()  # the engineer fixes the owner: the next attempt works, no restart
        box.add(CARDS[3], "S-0001", "DEMO-01")
        assert box.problem is None
        assert box.health().problem is None
        assert box.stats().depth == 4
    assert _set_aside(tmp_path) == []


def test_an_unwritable_shm_is_known_at_open_before_anything_is_written(tmp_path: Path) -> None:
    """An empty outbox that cannot write says so at once: the engineer sees it on the service
    screen before a cashier's first scan fails to queue."""
    path = tmp_path / "outbox.sqlite3"
    _fill(path, [])
    shm = tmp_path / "outbox.sqlite3-shm"
    shm.mkdir()

    with ActivationOutbox(path) as box:
        assert box.problem is OutboxProblem.READ_ONLY
        assert box.health().problem is OutboxProblem.READ_ONLY
        shm.rmdir()
        assert box.health().problem is None  # the probe of a standing fault clears it


def test_a_read_only_folder_is_said_and_nothing_is_moved(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:3])
    before = sorted(p.name for p in tmp_path.iterdir())
    folder = Switch(functools.partial(_connect, factory=_ReadOnlyFolder))

    with ActivationOutbox(path, connect=folder) as box:
        assert box.problem is OutboxProblem.READ_ONLY
        for _ in range(2):  # each scan is told the same, never "disk full"
            with pytest.raises(OutboxError) as raised:
                box.add(CARDS[3], "S-0001", "DEMO-01")
            assert not isinstance(raised.value, OutboxFull)
            assert raised.value.problem is OutboxProblem.READ_ONLY
        assert box.health().problem is OutboxProblem.READ_ONLY
        assert sorted(p.name for p in tmp_path.iterdir()) == before

        folder.fix()
        box.add(CARDS[3], "S-0001", "DEMO-01")
        assert box.problem is None
        assert [row.card_number for row in box.pending()] == CARDS[:4]


def test_a_file_it_may_not_open_is_said_as_permission(tmp_path: Path) -> None:
    # A path SQLite cannot open as a file (here a folder stands there): permission, not damage.
    path = tmp_path / "outbox.sqlite3"
    path.mkdir()
    with ActivationOutbox(path) as box:
        assert box.problem is OutboxProblem.PERMISSION
        with pytest.raises(OutboxError) as raised:
            box.add(CARDS[0], "S-0001", "DEMO-01")
        assert raised.value.problem is OutboxProblem.PERMISSION
        assert box.damage is None
        path.rmdir()
        box.add(CARDS[0], "S-0001", "DEMO-01")
        assert box.stats().depth == 1
    assert _set_aside(tmp_path) == []


def test_a_locked_database_is_busy_not_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:2])
    holder = _connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    quick = functools.partial(_connect, timeout=0.05)
    try:
        with ActivationOutbox(path, connect=quick) as box:
            with pytest.raises(OutboxError) as raised:
                box.add(CARDS[2], "S-0001", "DEMO-01")
            assert raised.value.problem is OutboxProblem.BUSY
            assert box.health().problem is OutboxProblem.BUSY
            assert box.stats().depth == 2  # readers are not held up (WAL)
            holder.execute("COMMIT")
            box.add(CARDS[2], "S-0001", "DEMO-01")
            assert box.problem is None and box.stats().depth == 3
    finally:
        holder.close()
    assert _set_aside(tmp_path) == []


def test_opened_while_another_program_writes_it_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:2])
    holder = _connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE outbox SET attempts = 1")
    try:
        with ActivationOutbox(path, connect=functools.partial(_connect, timeout=0.05)) as box:
            assert box.recovered is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with ActivationOutbox(path) as box:
        assert [row.card_number for row in box.pending()] == CARDS[:2]


def test_a_full_disk_is_said_as_full_and_passes_once_there_is_room(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with ActivationOutbox(path) as box:
        assert box._conn is not None
        pages = box._conn.execute("PRAGMA page_count").fetchone()[0]
    with ActivationOutbox(path, max_page_count=pages + 1) as box:
        with pytest.raises(OutboxFull):
            for card in CARDS * 1000:
                box.add(card, "S-0001", "DEMO-01")
        assert box.problem is OutboxProblem.FULL
        assert box.health().stats is not None
        head = box.head()
        assert head is not None
        box.delivered(head.id)
        box.add(CARDS[0], "S-0001", "DEMO-01")
        assert box.problem is None


# --- damage: only corruption sets a file aside; lost rows are said ------------------------


def test_a_corrupt_file_is_set_aside_with_the_rows_it_held(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:3])
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))

    with caplog.at_level(logging.ERROR), ActivationOutbox(path, clock=lambda: CLOCK) as box:
        assert box.damage is not None
        assert box.damage.problem is OutboxProblem.CORRUPT
        assert box.damage.rows == 3
        assert box.recovered == tmp_path / "outbox.sqlite3.corrupt-20250616-090000"
        assert box.stats().depth == 0
        assert box.health().damage == box.damage
    assert "3 activations" in caplog.text
    with ActivationOutbox(path) as box:
        assert box.damage is None


def test_a_zero_length_file_where_rows_were_is_said_loudly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:3])
    path.write_bytes(b"")

    with caplog.at_level(logging.ERROR), ActivationOutbox(path, clock=lambda: CLOCK) as box:
        assert box.damage is not None
        assert box.damage.problem is OutboxProblem.ROWS_MISSING
        assert box.damage.rows == 3
        kept = box.damage.kept_as
        assert kept is not None and kept.exists() and kept.stat().st_size == 0
        assert box.health().damage == box.damage
        box.add(CARDS[3], "S-0001", "DEMO-01")  # the kiosk goes on with a working outbox
    assert "3 activations" in caplog.text and "missing" in caplog.text
    with ActivationOutbox(path) as box:  # said once: the count now matches the file
        assert box.damage is None and box.stats().depth == 1


def test_a_damaged_wal_is_said_and_kept_for_the_engineer(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    live = tmp_path / "live"
    live.mkdir()
    path = live / "outbox.sqlite3"
    _fill(path, CARDS[:2])
    with ActivationOutbox(path) as box:
        # A reader holds the WAL (a self-check, an engineer's sqlite3): what is written now
        # stays in the -wal file, as it does until a checkpoint.
        reader = _connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM outbox").fetchone()
        _add(box, CARDS[2:4])
        # The power goes: this is what is on the disk.
        crashed = tmp_path / "crashed"
        shutil.copytree(live, crashed)
        reader.close()
    wal = crashed / "outbox.sqlite3-wal"
    data = bytearray(wal.read_bytes())
    assert len(data) > 32 + 4096
    data[-100:] = bytes(100)  # the last frame is damaged: SQLite stops reading before it
    wal.write_bytes(bytes(data))
    (crashed / "outbox.sqlite3-shm").unlink()

    with caplog.at_level(logging.ERROR), ActivationOutbox(crashed / "outbox.sqlite3") as box:
        assert box.damage is not None
        assert box.damage.problem is OutboxProblem.ROWS_MISSING
        assert box.damage.rows == 1
        assert box.stats().depth == 3
        kept = box.damage.kept_as
        assert kept is not None
        assert kept.with_name(kept.name + "-wal").read_bytes() == bytes(data)
    assert "missing" in caplog.text


def test_a_crash_between_a_change_and_the_count_beside_it_is_no_alarm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The count beside the file is lowered before a change removes rows and raised after one
    # adds them: a crash image taken between the commit and the count's update opens clean.
    live = tmp_path / "live"
    live.mkdir()
    path = live / "outbox.sqlite3"
    images: list[Path] = []
    record = ActivationOutbox._record

    def crash_image(box: ActivationOutbox, counts: Any) -> None:
        image = tmp_path / f"image-{len(images)}"
        shutil.copytree(live, image)
        (image / "outbox.sqlite3-shm").unlink(missing_ok=True)
        images.append(image / "outbox.sqlite3")
        record(box, counts)

    with ActivationOutbox(path) as box:
        _add(box, CARDS[:2])
        monkeypatch.setattr(ActivationOutbox, "_record", crash_image)
        box.add(CARDS[2], "S-0001", "DEMO-01")
        first, second = box.pending()[:2]
        box.delivered(first.id)
        box.refused(second.id, "card-blocked")
        assert box.retry_dead_letter(second.id) is not None
        third = box.pending()[0]
        box.refused(third.id, "card-blocked")
        box.discard_dead_letter(third.id)
    monkeypatch.undo()
    assert len(images) >= 5
    for image in images:
        with ActivationOutbox(image) as opened:
            assert opened.damage is None, image


# --- the sender when the outbox cannot write ---------------------------------------------


def test_the_sender_moves_on_backs_off_and_writes_the_answers_once_it_can(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:3])
    shm = tmp_path / "outbox.sqlite3-shm"
    shm.mkdir()  # read-only, as above
    sent: list[str] = []

    def deliver(row: QueuedActivation) -> ActivationResult:
        sent.append(row.card_number)
        return _activated(row)

    outcomes: list[Outcome] = []
    with ActivationOutbox(path) as box:
        sender = ActivationSender(
            box,
            deliver,
            backoff_base=1.0,
            backoff_cap=60.0,
            jitter=lambda: 1.0,
            on_delivery=lambda _row, delivery: outcomes.append(delivery.outcome),
        )
        delays = []
        for _ in range(5):
            sender.run_once()
            delays.append(sender.next_delay())
        # Each row went to the central once; none is hammered; the waits grow.
        assert sent == CARDS[:3]
        assert outcomes == [Outcome.ACTIVATED] * 3
        assert delays == [1.0, 2.0, 4.0, 8.0, 16.0]
        assert box.stats().depth == 3

        shm.rmdir()
        assert sender.run_once() is None  # the answers are written, nothing is sent again
        assert sent == CARDS[:3]
        assert box.stats().depth == 0
        assert sender.next_delay() <= 1.0


def test_the_sender_thread_does_not_hammer_an_outbox_that_cannot_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:1])
    (tmp_path / "outbox.sqlite3-shm").mkdir()
    sent: list[str] = []

    def deliver(row: QueuedActivation) -> ActivationResult:
        sent.append(row.card_number)
        return _activated(row)

    with ActivationOutbox(path) as box:
        sender = ActivationSender(box, deliver, backoff_base=0.05, backoff_cap=0.2)
        sender.start()
        try:
            time.sleep(1.0)
        finally:
            sender.stop()
    assert sent == CARDS[:1]


def test_a_row_the_central_cannot_take_now_does_not_hold_the_others_when_writes_fail(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    _fill(path, CARDS[:2])
    (tmp_path / "outbox.sqlite3-shm").mkdir()

    def down(row: QueuedActivation) -> ActivationResult:
        raise CentralOffline("down")

    with ActivationOutbox(path) as box:
        sender = ActivationSender(box, down, jitter=lambda: 1.0)
        delivery = sender.run_once()
        assert delivery is not None and delivery.outcome is Outcome.WAITING
        assert sender.next_delay() == 1.0


# --- the disk use -------------------------------------------------------------------------


def test_the_files_grow_by_a_few_hundred_bytes_per_queued_activation(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    count = 400

    def size() -> int:
        return sum(p.stat().st_size for p in tmp_path.iterdir() if p.name != "outbox.sqlite3-shm")

    with ActivationOutbox(path) as box:
        empty = size()
        for n in range(count):
            box.add(f"29900001{n:05d}", "S-0001", "DEMO-01")
        per_row = (size() - empty) / count
        assert (tmp_path / "outbox.sqlite3-wal").stat().st_size <= 64 * 1024
    assert per_row < 300, per_row


def test_a_delivered_card_number_leaves_no_trace_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    kept, delivered = CARDS[0], CARDS[1]

    def files() -> bytes:
        return b"".join(p.read_bytes() for p in sorted(tmp_path.iterdir()) if p.is_file())

    with ActivationOutbox(path) as box:
        _add(box, [kept, delivered])
        assert delivered.encode() in files()
        rows = box.pending()
        box.delivered(rows[1].id)
        assert delivered.encode() not in files()
        assert kept.encode() in files()
    assert delivered.encode() not in files()


def test_a_refusal_discarded_leaves_no_trace_either(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with ActivationOutbox(path) as box:
        row = box.add(CARDS[0], "S-0001", "DEMO-01")
        box.refused(row.id, "card-blocked")
        box.discard_dead_letter(row.id)
        data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert CARDS[0].encode() not in data


def test_a_reader_of_the_file_never_holds_up_an_activation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An engineer's sqlite3 or the self-check reading the file keeps the WAL from being
    # truncated: the checkpoint after a change gives up at once rather than waiting the busy
    # timeout with the outbox locked (a cashier's every scan would wait with it).
    monkeypatch.setattr("kiosk.core.cashier.outbox.BUSY_TIMEOUT_MS", 60_000)
    path = tmp_path / "outbox.sqlite3"
    with ActivationOutbox(path, clock=lambda: CLOCK) as box:
        reader = _connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM outbox").fetchone()
        started = time.monotonic()
        _add(box, CARDS[:2])
        waited = time.monotonic() - started
        reader.close()
        assert box.stats().depth == 2
    assert waited < 5.0, f"two activations took {waited:.1f} s behind a reader"

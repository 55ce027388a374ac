"""Crash test of the activation outbox: the sender, in a child process, is killed with SIGKILL at
random moments while it replays a batch, and started again, until the outbox is empty. At the end
every activation reached the central exactly once (checked in the central's database).

The short form runs in ``make test``; ``make soak`` (KIOSK_SOAK=1) runs the full one: at least
100 kills over a batch of 200 activations.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier.outbox import ActivationOutbox
from kiosk.core.codes.cards import ean13_check_digit

SOAK = os.environ.get("KIOSK_SOAK") == "1"
BATCH = 200 if SOAK else 30
KILLS = 100 if SOAK else 8
CHILD = Path(__file__).resolve().parents[2] / "support" / "outbox_sender_child.py"


def _batch_cards(central: EmbeddedCentral) -> list[str]:
    cards = []
    with central.store.transaction():
        for n in range(BATCH):
            first12 = f"2990000{50000 + n:05d}"
            number = first12 + ean13_check_digit(first12)
            central.store.add_card(number, "own", "not_issued")
            cards.append(number)
    return cards


def _start_child(outbox_path: Path, url: str, root: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(outbox_path), url],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


@pytest.mark.slow
@pytest.mark.timeout(900 if SOAK else 120)
def test_sender_killed_at_random_moments_delivers_each_activation_exactly_once(
    tmp_path: Path, central: EmbeddedCentral
) -> None:
    cards = _batch_cards(central)
    outbox_path = tmp_path / "outbox.sqlite3"
    # Stamped by the central's clock, as a kiosk's would be in a store (it refuses far ones).
    with ActivationOutbox(outbox_path, clock=lambda: central.clock.now().timestamp()) as outbox:
        queued = [outbox.add(card, "S-0001", "DEMO-01") for card in cards]
    keys = {row.card_number: row.idempotency_key for row in queued}
    root = Path(__file__).resolve().parents[3]
    rng = random.Random(20250616)
    # The sender delivers a row in a few milliseconds: a kill within the first ~2 rows' time
    # lands mid-replay, before, during or after a send and its row's removal.
    window = 0.004 if SOAK else 0.02

    kills = 0
    kills_mid_replay = 0
    while kills < KILLS:
        child = _start_child(outbox_path, central.url, root)
        time.sleep(rng.uniform(0, window))
        still_running = child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert child.stdout is not None
        assert "unexpected" not in child.stdout.read()
        child.stdout.close()
        kills += 1
        if still_running:
            with ActivationOutbox(outbox_path) as outbox:
                kills_mid_replay += outbox.stats().depth > 0
    # The last start runs to the end.
    child = _start_child(outbox_path, central.url, root)
    out, _ = child.communicate(timeout=120)
    assert child.returncode == 0, out

    with ActivationOutbox(outbox_path) as outbox:
        assert outbox.stats().depth == 0
        assert outbox.dead_letters() == []
        assert outbox.recovered is None
    assert kills_mid_replay >= KILLS // 2, (kills, kills_mid_replay)
    # No kill left the count beside the file above the rows in it (nor damaged the file): no
    # opening, of the sender's or of this test, found rows missing and kept a copy.
    assert [
        p.name for p in tmp_path.iterdir() if ".damaged-" in p.name or ".corrupt-" in p.name
    ] == []
    # In the central's database: each card activated once, by this cashier at this terminal,
    # and exactly one stored answer per card under the key the outbox gave it.
    audit = central.store.activations()
    assert sorted(a.card_number for a in audit) == sorted(cards)
    assert {(a.staff_id, a.terminal_id) for a in audit} == {("S-0001", "DEMO-01")}
    stored = central.store._all("SELECT key FROM idempotency")
    assert sorted(row[0] for row in stored) == sorted(keys.values())
    for card in cards:
        stored_card = central.store.card(card)
        assert stored_card is not None
        assert stored_card.status == "issued"

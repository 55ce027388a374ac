"""A kiosk's start imports the central client's stack (pydantic, requests, the API contract) on
one thread at a time. Two threads importing it at once could meet in a module the other had only
half run, and a start's first program or nomenclature fetch then failed with pydantic's "cannot
import name ... from partially initialized module" (4 starts in 164).

Each start runs in a child process (imports happen once per process), against the test's central,
with every import of that stack slowed down: on code that imports it on two threads at once, the
child sees them overlap on nearly every start (tests/support/startup_race_child.py). Every start
finds activations queued in its outbox, as a kiosk restarted with a queue does: the sender
replays them while the first fetches run.

The short form (three starts) runs in ``make test``; ``make soak`` (KIOSK_SOAK=1) runs 200."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.runtime.config import DEMO_TERMINAL_ID

ROOT = Path(__file__).resolve().parents[2]
CHILD = "tests.support.startup_race_child"


SOAK = os.environ.get("KIOSK_SOAK") == "1"
#: Starts, each with its import slow-down (ms): every start of the soak is a pass of these three.
SLOW_IMPORT_MS = (0, 2, 5)
STARTS = 200 if SOAK else len(SLOW_IMPORT_MS)
#: Activations queued before each start.
QUEUED = 3


def _start(config: Path, slow_import_ms: float, scanned_at: float) -> dict[str, object]:
    done = subprocess.run(
        [
            *(sys.executable, "-m", CHILD, str(config)),
            *("--slow-import-ms", str(slow_import_ms), "--queued", str(QUEUED)),
            *("--scanned-at", str(scanned_at)),  # the central's clock: within its window
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.slow
@pytest.mark.parametrize("start", range(STARTS))
def test_the_client_is_imported_on_one_thread_before_its_first_use(
    central: EmbeddedCentral, tmp_path: Path, manual_clock: ManualClock, start: int
) -> None:
    slow_import_ms = SLOW_IMPORT_MS[start % len(SLOW_IMPORT_MS)]
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[central]\nurl = "{central.url}"\nterminal_id = "{DEMO_TERMINAL_ID}"\n'
        f'token = "{central.token}"\n\n[kiosk]\ndata_dir = "{tmp_path / "data"}"\n\n'
        f'[logging]\ndir = "{tmp_path / "logs"}"\n',
        encoding="utf-8",
    )
    result = _start(config, slow_import_ms, manual_clock.now().timestamp())
    assert result == {"ok": True, "problems": [], "outcomes": ["activated"] * QUEUED}

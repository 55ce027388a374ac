"""A kiosk's start imports the central client's stack (pydantic, requests, the API contract) on
one thread at a time. Two threads importing it at once could meet in a module the other had only
half run, and a start's first program or nomenclature fetch then failed with pydantic's "cannot
import name ... from partially initialized module" (4 starts in 164).

Each start runs in a child process (imports happen once per process), against the test's central,
with every import of that stack slowed down: on code that imports it on two threads at once, the
child sees them overlap on nearly every start (tests/support/startup_race_child.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.central.server import EmbeddedCentral
from kiosk.core.runtime.config import DEMO_TERMINAL_ID

ROOT = Path(__file__).resolve().parents[2]
CHILD = "tests.support.startup_race_child"


def _start(config: Path, slow_import_ms: float) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", CHILD, str(config), "--slow-import-ms", str(slow_import_ms)],
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
@pytest.mark.parametrize("slow_import_ms", [0, 2, 5])
def test_the_client_is_imported_on_one_thread_before_its_first_use(
    central: EmbeddedCentral, tmp_path: Path, slow_import_ms: float
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[central]\nurl = "{central.url}"\nterminal_id = "{DEMO_TERMINAL_ID}"\n'
        f'token = "{central.token}"\n\n[kiosk]\ndata_dir = "{tmp_path / "data"}"\n\n'
        f'[logging]\ndir = "{tmp_path / "logs"}"\n',
        encoding="utf-8",
    )
    result = _start(config, slow_import_ms)
    assert result == {"ok": True, "problems": []}

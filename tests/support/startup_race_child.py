"""A kiosk start in this process, up to the first program and nomenclature answers, watching the
imports of the central client's stack for two threads running them at once.

    python -m tests.support.startup_race_child CONFIG [--slow-import-ms N] [--queued N]

Builds the kiosk from the config as ``run_kiosk`` does (start screen, then the rest of start-up on
the event loop: the program and nomenclature fetches, the other screens, cashier mode with the
activation outbox, the wizards), runs the event loop until all of it is done, and prints one line
of JSON: ``{"ok": bool, "problems": [...], "outcomes": [...]}`` (the outcome of each queued
activation delivered). The problems are every warning or error logged (a
fetch that failed: "cannot import name ... from partially initialized module ...") and every time
one thread started running a watched module while another was still running one.

Watched are the modules a worker thread needs and the first screen does not: pydantic, requests,
urllib3, the API contract, the central client and cashier mode's core. Two threads importing
them at once can meet in a module the other has only half run, which fails now and then; each
import sleeps N ms before it runs its module, which widens the windows so that threads importing
at the same time are seen to overlap on nearly every start.

With ``--queued N`` the outbox holds N activations of cards the demo sold at the till before the
start (as a kiosk restarted with a queue does): its sender replays them while the fetches run,
and the start is done once all were delivered.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.abc
import importlib.machinery
import json
import logging
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

SLOWED = (
    *("pydantic", "pydantic_core", "requests", "urllib3"),
    *("kiosk.contract", "kiosk.core.client", "kiosk.core.cashier"),
)

#: Seconds the whole start may take (it needs one or two).
PATIENCE_S = 20.0


class ImportWatch:
    """Which threads are running the body of a watched module right now, and every time two
    were at once."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._running: dict[str, list[str]] = {}  # thread name -> the modules it is in
        self.overlaps: list[str] = []

    def enter(self, module: str) -> None:
        me = threading.current_thread().name
        with self._lock:
            for thread, modules in self._running.items():
                if thread != me and modules:
                    self.overlaps.append(f"{me} imports {module}, {thread} {modules[-1]}")
            self._running.setdefault(me, []).append(module)

    def leave(self) -> None:
        with self._lock:
            self._running[threading.current_thread().name].pop()


class _SlowLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader, watch: ImportWatch) -> None:
        self._loader = loader
        self._watch = watch

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._watch.enter(module.__name__)
        try:
            time.sleep(self._watch.seconds)
            self._loader.exec_module(module)
        finally:
            self._watch.leave()


class SlowImports(importlib.abc.MetaPathFinder):
    """Every import of a module in SLOWED sleeps before it runs the module, and is watched."""

    def __init__(self, watch: ImportWatch) -> None:
        self.watch = watch

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(tuple(f"{name}." for name in SLOWED) + SLOWED):
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _SlowLoader(spec.loader, self.watch)
                return spec
        return None


class LogLines(logging.Handler):
    """Every line logged, and apart the warnings and errors."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []
        self.problems: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        line = f"{record.name}: {record.getMessage()}"
        self.lines.append(line)
        if record.levelno >= logging.WARNING:
            self.problems.append(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("--slow-import-ms", type=float, default=5.0)
    parser.add_argument("--queued", type=int, default=0, help="activations queued before")
    parser.add_argument(
        "--scanned-at", type=float, default=None, help="their scan time (the central's clock)"
    )
    args = parser.parse_args(argv)
    watch = ImportWatch(args.slow_import_ms / 1000)
    sys.meta_path.insert(0, SlowImports(watch))

    # What kiosk.main and run_kiosk do before the event loop, without the watchdog and signals.
    from PySide6.QtWidgets import QApplication

    from kiosk.core.runtime.config import load_config
    from kiosk.qt.app import build_kiosk, finish_startup_on_event_loop, show_kiosk

    config = load_config(Path(args.config))
    assert config.data_dir is not None, "the config names the data folder"
    data_dir = Path(config.data_dir)
    if args.queued:
        _queue_activations(data_dir, config.terminal_id, args.queued, args.scanned_at)
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    log = LogLines()
    logging.getLogger().addHandler(log)
    logging.getLogger().setLevel(logging.INFO)
    kiosk = build_kiosk(config, app=app)
    show_kiosk(kiosk, fullscreen=False)
    finish_startup_on_event_loop(kiosk)

    def done() -> bool:
        cashier = kiosk.cashier
        outbox_settled = cashier is not None and (
            cashier.activations.health_now() is not None or cashier.activations.open_error
        )
        if args.queued and outbox_settled:
            outbox_settled = _queue_length(data_dir) == 0
        fetched = kiosk.flow.program is not None and any(
            "barcode nomenclature" in line for line in log.lines
        )
        return bool(fetched or log.problems) and not kiosk.deferred and bool(outbox_settled)

    deadline = time.monotonic() + PATIENCE_S
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    finished = done()
    kiosk.shutdown()
    problems = log.problems + watch.overlaps
    # The sender's line for each activation it delivered: "activation of ... (row N): outcome".
    outcomes = [line.rsplit(": ", 1)[1] for line in log.lines if "activation of" in line]
    print(json.dumps({"ok": finished and not problems, "problems": problems, "outcomes": outcomes}))
    return 0


def _queue_activations(
    data_dir: Path, terminal_id: str, count: int, scanned_at: float | None
) -> None:
    """Queue ``count`` activations of cards the demo sold at the till, in this thread, before
    the start (only the stdlib's sqlite3 and the outbox: the watched stack is not imported here)."""
    from kiosk.central.demo_data import SOLD_BATCH_CARDS, STAFF
    from kiosk.core.cashier.outbox import OUTBOX_FILE_NAME, ActivationOutbox

    data_dir.mkdir(parents=True, exist_ok=True)
    clock = (lambda: scanned_at) if scanned_at is not None else time.time
    outbox = ActivationOutbox(data_dir / OUTBOX_FILE_NAME, clock=clock)
    try:
        for n in range(count):
            outbox.add(SOLD_BATCH_CARDS[n], STAFF[0][0], terminal_id)
    finally:
        outbox.close()


def _queue_length(data_dir: Path) -> int:
    """Activations still queued, read without the kiosk's outbox object (a second reader)."""
    import sqlite3

    from kiosk.core.cashier.outbox import OUTBOX_FILE_NAME

    with contextlib.closing(sqlite3.connect(data_dir / OUTBOX_FILE_NAME, timeout=1)) as conn:
        (count,) = conn.execute("SELECT count(*) FROM outbox").fetchone()
    return int(count)


if __name__ == "__main__":
    raise SystemExit(main())

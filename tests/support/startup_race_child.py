"""A kiosk start in this process, up to the first program and nomenclature answers, watching the
imports of the central client's stack for two threads running them at once.

    python -m tests.support.startup_race_child CONFIG [--slow-import-ms N]

Builds the kiosk from the config as ``run_kiosk`` does (start screen, then the rest of start-up on
the event loop: the program and nomenclature fetches, the other screens, cashier mode with the
activation outbox, the wizards), runs the event loop until all of it is done, and prints one line
of JSON: ``{"ok": bool, "problems": [...]}``. The problems are every warning or error logged (a
fetch that failed: "cannot import name ... from partially initialized module ...") and every time
one thread started running a watched module while another was still running one.

Watched are the modules a worker thread needs and the first screen does not: pydantic, requests,
urllib3, the API contract, the central client and cashier mode's core. Two threads importing
them at once can meet in a module the other has only half run, which fails now and then; each
import sleeps N ms before it runs its module, which widens the windows so that threads importing
at the same time are seen to overlap on nearly every start.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.machinery
import json
import logging
import sys
import threading
import time
from collections.abc import Sequence
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
    args = parser.parse_args(argv)
    watch = ImportWatch(args.slow_import_ms / 1000)
    sys.meta_path.insert(0, SlowImports(watch))

    # What kiosk.main and run_kiosk do before the event loop, without the watchdog and signals.
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from kiosk.core.runtime.config import load_config
    from kiosk.qt.app import build_kiosk, finish_startup_on_event_loop, show_kiosk

    config = load_config(Path(args.config))
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
    print(json.dumps({"ok": finished and not problems, "problems": problems}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Kiosk benchmarks: scan -> card on screen, and start-up until ready for a scan.

    python -m benchmarks.run [--runs N] [--bundle dist/kiosk]      (make bench)

Everything runs offscreen (QT_QPA_PLATFORM=offscreen). The numbers are printed as a table, as
medians of N runs; they are not asserted anywhere (they depend on the machine).

- scan -> card shown: a kiosk in this process against the embedded reference central on
  loopback (demo data), the real client in its worker thread; from the scan to the card screen
  being current. The first scan pays for creating the client (imports of requests and
  pydantic) and is reported apart from the following ones.
- start-up: ``kiosk --config <central that does not answer>`` (production mode) with
  KIOSK_EXIT_WHEN_READY=1, which prints the seconds from process creation until the start
  screen is up, the scanner input installed and the event loop running. Run from the source
  tree, and from the bundle when one is built (with its size).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

DEMO_CARDS = ("2990000000019", "2990000000026")
ROOT = Path(__file__).resolve().parent.parent


# --- scan -> card shown -------------------------------------------------------------------------


def _wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def measure_scan_to_card(runs: int) -> tuple[float, list[float]]:
    """Seconds from a scan to the card screen: the first scan, and the following ones."""
    from PySide6.QtWidgets import QApplication

    from kiosk.central.server import EmbeddedCentral
    from kiosk.core.config import demo_config
    from kiosk.core.flow import State
    from kiosk.qt.app import build_kiosk, show_kiosk

    app = QApplication.instance() or QApplication(["kiosk-bench"])
    assert isinstance(app, QApplication)
    timings: list[float] = []
    with EmbeddedCentral(demo=True) as central:
        kiosk = build_kiosk(demo_config(central.url, central.token), app=app)
        show_kiosk(kiosk, fullscreen=False)
        # Every screen built, as a second after start-up; the program is not fetched, so that
        # the first scan is the one that builds the client.
        kiosk.finish_startup()
        try:
            for n in range(runs + 1):
                started = time.perf_counter()
                kiosk.controller.scan(DEMO_CARDS[n % len(DEMO_CARDS)])
                if not _wait_until(lambda: kiosk.window.current_state() == State.CARD, 10):
                    raise RuntimeError("the card screen did not come up within 10 s")
                timings.append(time.perf_counter() - started)
                kiosk.controller.done()
                _wait_until(lambda: kiosk.window.current_state() == State.ATTRACT, 10)
        finally:
            kiosk.shutdown()
    return timings[0], timings[1:]


# --- start-up -----------------------------------------------------------------------------------


def _unreachable_config(folder: Path) -> Path:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = folder / "kiosk.toml"
    path.write_text(
        f'[central]\nurl = "http://127.0.0.1:{port}"\nterminal_id = "BENCH-01"\n'
        f'token = "bench"\n\n[logging]\ndir = "{folder / "logs"}"\n',
        encoding="utf-8",
    )
    return path


def measure_start_up(command: Sequence[str], runs: int) -> tuple[list[float], list[float]]:
    """Seconds from process creation to ready for a scan as the kiosk reports them: wall time,
    and CPU time of the GUI thread (the start-up's own cost, whatever else loads the machine)."""
    timings, cpu_times = [], []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        config = _unreachable_config(Path(folder))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_WHEN_READY": "1"}
        for _ in range(runs):
            result = subprocess.run(
                [*command, "--config", str(config)],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            found = re.search(r"ready for a scan ([\d.]+) s.*\(([\d.]+) s CPU\)", result.stdout)
            if result.returncode != 0 or found is None:
                raise RuntimeError(f"{command[0]} did not report ready: {result.stderr[-500:]}")
            timings.append(float(found.group(1)))
            cpu_times.append(float(found.group(2)))
    return timings, cpu_times


def folder_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / (1024 * 1024)


# --- report -------------------------------------------------------------------------------------


def _row(name: str, values: Sequence[float], unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    median = statistics.median(values) * scale
    low, high = min(values) * scale, max(values) * scale
    return f"| {name:<44} | {median:>8.0f} {unit} | {low:>6.0f}-{high:<6.0f} | {len(values):>3} |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=ROOT / "dist" / "kiosk",
        help="bundle folder to measure too, when built (default dist/kiosk)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}; median of {args.runs} runs; "
        f"load average {os.getloadavg()[0]:.2f} at the start"
    )
    rows = ["| measurement | median | min-max | runs |", "| --- | ---: | ---: | ---: |"]
    first, following = measure_scan_to_card(args.runs)
    rows.append(_row("scan -> card shown, first scan", [first]))
    rows.append(_row("scan -> card shown, next scans", following))
    source, source_cpu = measure_start_up([sys.executable, "-m", "kiosk.main"], args.runs)
    rows.append(_row("start-up to ready for a scan, source tree", source))
    rows.append(_row("  CPU time of the GUI thread", source_cpu))
    executable = args.bundle / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
    if executable.exists():
        bundled, bundled_cpu = measure_start_up([str(executable)], args.runs)
        rows.append(_row("start-up to ready for a scan, bundle", bundled))
        rows.append(_row("  CPU time of the GUI thread", bundled_cpu))
        rows.append(f"| {'bundle size (' + str(args.bundle) + ')':<44} | "
                    f"{folder_size_mb(args.bundle):>8.1f} MB | {'':>13} | {'':>3} |")  # fmt: skip
    else:
        rows.append(f"| bundle not built ({executable} missing): run make bundle | | | |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmarks that drive a real kiosk in this process: scan -> card latency, the GUI thread's
longest stall while the central hangs or drips, and resident memory over many scan cycles.

The kiosk is the one ``kiosk`` runs (window, flow, controller, task runner, HTTP client in its
worker threads), offscreen; scans go in through the controller as the scanner would deliver
them. Centrals run on loopback: the reference central in a child process (``kiosk-central``, so
its memory is not counted as the kiosk's), a hanging one (accepts, never answers) and a
dripping one (one byte per interval) in threads of this process.
"""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.core.runtime.config import KioskConfig
    from kiosk.qt.app import Kiosk

ROOT = Path(__file__).resolve().parent.parent
DEMO_CARDS = ("2990000000019", "2990000000026")
TOKEN = "bench-token"
#: The terminal the token belongs to: the central takes a terminal's calls only as itself.
TERMINAL_ID = "BENCH-01"


# --- process figures ------------------------------------------------------------------------------


def rss_mib() -> float:
    """Resident memory of this process (Linux: /proc/self/status VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def os_threads() -> int:
    """Threads of this process as the OS counts them (Qt's pool threads included)."""
    return len(os.listdir("/proc/self/task"))


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def percentile(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


# --- centrals on loopback -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def reference_central(folder: Path, *options: str) -> Iterator[str]:
    """``kiosk-central --demo-data`` in a child process, with more command-line ``options``;
    yields its URL once it answers."""
    import requests

    port = free_port()
    command = [
        sys.executable, "-m", "kiosk.central.cli", "--port", str(port), "--demo-data",
        "--db", str(folder / "central.sqlite3"), "--token", TOKEN, "--terminal", TERMINAL_ID,
        "--log-level", "warning", *options,
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(requests.RequestException):
                if requests.get(url + "/healthz", timeout=1).ok:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("kiosk-central did not start")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def kiosk_process_rss(
    url: str, folder: Path, *, executable: Path | None = None, settle_s: float = 5.0
) -> float:
    """Resident memory (MiB) of a ``kiosk`` process against ``url``, ``settle_s`` after it
    started (start-up and its background work done): the kiosk alone, no benchmark around it.
    From the source tree, or the bundle's ``executable``."""
    config = folder / "rss-kiosk.toml"
    config.write_text(
        f'[central]\nurl = "{url}"\nterminal_id = "{TERMINAL_ID}"\ntoken = "{TOKEN}"\n\n'
        f'[logging]\ndir = "{folder / "logs"}"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [str(executable)] if executable else [sys.executable, "-m", "kiosk.main"]
    process = subprocess.Popen(
        [*command, "--config", str(config), "--windowed"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(settle_s)
        if process.poll() is not None:
            raise RuntimeError("the kiosk process ended early")
        status = Path(f"/proc/{process.pid}/status").read_text()
        kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
        return kib / 1024
    finally:
        process.terminate()
        process.wait(timeout=10)


# --- a kiosk to drive -----------------------------------------------------------------------------


def kiosk_config(url: str, *, call_deadline: float | None = None) -> KioskConfig:
    from kiosk.core.runtime.config import demo_config

    config = replace(demo_config(url, TOKEN), terminal_id=TERMINAL_ID)
    return replace(config, call_deadline=call_deadline) if call_deadline else config


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``condition()``; False after ``timeout_s``."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    deadline = time.perf_counter() + timeout_s
    # Sleep in the event loop until something happens (an answer from a worker thread, a
    # timer), at the latest at the next tick of this one: a busy loop here would compete with
    # the kiosk's own threads for the CPU and the interpreter's lock.
    tick = QTimer()
    tick.start(10)
    wait = QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    try:
        while not condition():
            if time.perf_counter() > deadline:
                return False
            QCoreApplication.processEvents(wait)
        return True
    finally:
        tick.stop()
        # processEvents outside exec() never runs deleteLater(); the kiosk's real event loop
        # does, so do it here too or every widget the kiosk discards would count as a leak.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextlib.contextmanager
def running_kiosk(config: KioskConfig) -> Iterator[Kiosk]:
    from PySide6.QtWidgets import QApplication

    from kiosk.qt.app import build_kiosk, show_kiosk

    app = QApplication.instance() or QApplication(["kiosk-bench"])
    assert isinstance(app, QApplication)
    kiosk = build_kiosk(config, app=app)
    show_kiosk(kiosk, fullscreen=False)
    kiosk.start_background_work()
    kiosk.finish_startup()
    try:
        yield kiosk
    finally:
        kiosk.shutdown()


def scan_cycle(kiosk: Kiosk, card: str, timeout_s: float = 30) -> tuple[float, object]:
    """Scan, wait for an answer screen, tap "done": the seconds until the answer and its state."""
    from kiosk.core.flow import State

    answers = (State.CARD, State.ERROR, State.UNKNOWN_CARD, State.NOT_REGISTERED, State.BLOCKED)
    started = time.perf_counter()
    # A scanner's key events count as activity and restart the idle timer; scans handed to the
    # controller directly do not, so do it here (else the kiosk resets every 30 s mid-cycle).
    kiosk.idle.restart()
    kiosk.controller.scan(card)
    if not wait_until(lambda: kiosk.window.current_state() in answers, timeout_s):
        raise RuntimeError(
            f"no answer screen within {timeout_s} s: the flow is in {kiosk.flow.state}, the "
            f"window shows {kiosk.window.current_state()}, {kiosk.runner.pending} tasks pending"
        )
    elapsed = time.perf_counter() - started
    state = kiosk.window.current_state()
    kiosk.controller.done()
    wait_until(lambda: kiosk.window.current_state() is State.ATTRACT, timeout_s)
    return elapsed, state


class LagProbe:
    """Samples the GUI thread's event loop every 5 ms: the lag is how late each tick came."""

    INTERVAL_MS = 5

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.lags: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lags.append(max(0.0, now - self._last - self.INTERVAL_MS / 1000))
        self._last = now

    def __enter__(self) -> LagProbe:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.stop()


# --- the measurements -----------------------------------------------------------------------------


@dataclass
class ScanFigures:
    first_s: float
    following_s: list[float]


def measure_scans(url: str, scans: int) -> ScanFigures:
    """scan -> card on screen, ``scans`` times after the first (which builds the client)."""
    timings = []
    with running_kiosk(kiosk_config(url)) as kiosk:
        for n in range(scans + 1):
            elapsed, state = scan_cycle(kiosk, DEMO_CARDS[n % len(DEMO_CARDS)])
            if getattr(state, "name", "") != "CARD":
                raise RuntimeError(f"scan {n} ended on {state}, not the card")
            timings.append(elapsed)
    return ScanFigures(timings[0], timings[1:])


def measure_stall(url: str, scans: int, *, call_deadline: float) -> tuple[float, float, int, float]:
    """The GUI thread's longest stall (s), its p99 lag (s), how many scans ended on the error
    screen, and roughly when the longest stall came (s into the run), over ``scans`` scans
    against a misbehaving central."""
    errors = 0
    with running_kiosk(kiosk_config(url, call_deadline=call_deadline)) as kiosk:
        # Start-up's background work first: the program fetch builds the client (imports of
        # requests and pydantic in a worker thread, which hold the interpreter's lock); it
        # fails against this central and schedules its next try.
        wait_until(kiosk.controller.program_retry_timer.isActive, 30)
        with LagProbe() as lag:
            for n in range(scans):
                _elapsed, state = scan_cycle(kiosk, DEMO_CARDS[n % len(DEMO_CARDS)])
                errors += getattr(state, "name", "") == "ERROR"
    worst = max(range(len(lag.lags)), key=lag.lags.__getitem__)
    return lag.lags[worst], percentile(lag.lags, 99), errors, worst * LagProbe.INTERVAL_MS / 1000


@dataclass
class MemoryFigures:
    after_start_mib: float
    after_warm_up_mib: float
    after_cycles_mib: float
    cycles: int
    threads: tuple[int, int]
    descriptors: tuple[int, int]

    @property
    def growth_mib(self) -> float:
        return self.after_cycles_mib - self.after_warm_up_mib


def measure_memory(url: str, cycles: int, *, warm_up: int = 200) -> MemoryFigures:
    """RSS after start, after ``warm_up`` cycles (client built, caches filled), and after
    ``cycles`` more scan -> card -> done cycles; threads and descriptors before and after."""
    with running_kiosk(kiosk_config(url)) as kiosk:
        wait_until(lambda: kiosk.flow.program is not None, 30)
        after_start = rss_mib()
        for n in range(warm_up):
            scan_cycle(kiosk, DEMO_CARDS[n % len(DEMO_CARDS)])
        warm = rss_mib()
        threads, descriptors = os_threads(), open_descriptors()
        for n in range(cycles):
            scan_cycle(kiosk, DEMO_CARDS[n % len(DEMO_CARDS)])
        end = rss_mib()
        return MemoryFigures(
            after_start,
            warm,
            end,
            cycles,
            (threads, os_threads()),
            (descriptors, open_descriptors()),
        )


def bench_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="kiosk-bench-")

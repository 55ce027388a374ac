"""Start-up figures for ``make bench``: the kiosk's own report, and paired runs against baselines.

The kiosk runs with KIOSK_EXIT_WHEN_READY=1: it prints when it is ready for a scan (start screen
up, scanner input installed, event loop running) and exits. Production mode runs against a
central that does not answer (a port nobody listens on), as a store terminal whose network is
down still starts.

Paired runs put the kiosk's start beside a baseline's on the same machine at the same moment,
one after the other, the order swapped every pair, so that a load that comes and goes touches
both alike:

- a headless Chromium (Debian's ``chromium``) showing a small static kiosk page from file://
  (benchmarks/kiosk_page.html): from its start until it reports the screenshot of the page
  written, i.e. the page loaded, laid out and a frame of it painted (the process's exit after
  that is not counted);
- an empty PySide6 window (benchmarks/empty_window.py): from its start to its first paint.

Each side is timed by this process, from just before the child is started to the line the child
prints when it is there, so every figure includes the same process creation and pipe. The
source tree's Python runs with its bytecode compiled (in a cache folder of the benchmark's own,
after one run that is not counted), as an installed kiosk has it; a checkout whose environment
says PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIOSK_PAGE = Path(__file__).resolve().parent / "kiosk_page.html"
#: The offscreen platform's screen: the kiosk and the empty window are full screen on it, and
#: Chromium gets a window of the same size.
SCREEN_SIZE = (800, 800)

KIOSK_READY = re.compile(r"kiosk ready for a scan ([\d.]+) s.*\(([\d.]+) s CPU\)")
EMPTY_WINDOW_READY = re.compile(r"empty window painted")
CHROMIUM_READY = re.compile(r"bytes written to file")


def unreachable_config(folder: Path) -> Path:
    """A production config whose central is a loopback port nobody listens on."""
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


def child_env(folder: Path) -> dict[str, str]:
    """The environment of every measured child: offscreen, demo logs in ``folder``, and the
    source tree's bytecode cached under ``folder`` (see the module's docstring)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(folder),  # demo mode's log folder: not the user's
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_to_line(
    command: Sequence[str],
    ready: re.Pattern[str],
    env: Mapping[str, str],
    *,
    stderr: bool = False,
    timeout_s: float = 120,
) -> tuple[float, re.Match[str]]:
    """Seconds from just before ``command`` starts until it prints a line matching ``ready``
    (on stderr if ``stderr``), and the match; the child is then left to end by itself."""
    found: list[tuple[float, re.Match[str]]] = []
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        env=dict(env),
        stdout=subprocess.DEVNULL if stderr else subprocess.PIPE,
        stderr=subprocess.PIPE if stderr else subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    stream = process.stderr if stderr else process.stdout
    assert stream is not None

    def read() -> None:
        for line in stream:  # read to the end, so the child never blocks on a full pipe
            match = ready.search(line)
            if match is not None and not found:
                found.append((time.perf_counter() - started, match))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        code = process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise RuntimeError(f"{command[0]} did not finish within {timeout_s:.0f} s") from None
    reader.join(10)
    if not found:
        raise RuntimeError(f"{command[0]} exited with {code} before it was ready")
    return found[0]


def kiosk_command(executable: Path | None) -> list[str]:
    """The bundle's ``executable``, or the source tree's kiosk."""
    return [str(executable)] if executable else [sys.executable, "-m", "kiosk.main"]


def measure_start_up(
    command: Sequence[str], runs: int, *, demo: bool = False
) -> tuple[list[float], list[float]]:
    """Seconds from process creation to ready for a scan as the kiosk reports them: wall time,
    and CPU time of the GUI thread (the start-up's own cost, whatever else loads the machine).
    Production mode against a central that does not answer, or demo mode. One more run first,
    not counted (it compiles the source tree's bytecode and fills the disk cache)."""
    timings, cpu_times = [], []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as name:
        folder = Path(name)
        mode = ["--demo"] if demo else ["--config", str(unreachable_config(folder))]
        env = {**child_env(folder), "KIOSK_EXIT_WHEN_READY": "1"}
        for run in range(runs + 1):
            _wall, found = time_to_line([*command, *mode], KIOSK_READY, env)
            if run:
                timings.append(float(found.group(1)))
                cpu_times.append(float(found.group(2)))
    return timings, cpu_times


# --- paired runs --------------------------------------------------------------------------------


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_command(chromium: str, profile: Path) -> list[str]:
    """Headless Chromium showing the kiosk page and writing a screenshot of it."""
    width, height = SCREEN_SIZE
    command = [chromium]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return [
        *command,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        f"--screenshot={profile / 'page.png'}",
        KIOSK_PAGE.as_uri(),
    ]


@dataclass
class Paired:
    """Seconds to ready of the kiosk and of a baseline, run in pairs."""

    kiosk_s: list[float]
    baseline_s: list[float]
    load: tuple[float, float]

    @property
    def ratio(self) -> float:
        """The kiosk's median over the baseline's."""
        return statistics.median(self.kiosk_s) / statistics.median(self.baseline_s)

    @property
    def pair_ratios(self) -> list[float]:
        return [k / b for k, b in zip(self.kiosk_s, self.baseline_s, strict=True)]


def _paired(pairs: int, kiosk: Callable[[int], float], baseline: Callable[[int], float]) -> Paired:
    """``pairs`` runs of each, alternating and swapping the order every pair, after one
    uncounted run of each (bytecode compiled, disk cache filled)."""
    load_before = os.getloadavg()[0]
    kiosk(-1)
    baseline(-1)
    kiosk_s, baseline_s = [], []
    for n in range(pairs):
        if n % 2:
            baseline_s.append(baseline(n))
            kiosk_s.append(kiosk(n))
        else:
            kiosk_s.append(kiosk(n))
            baseline_s.append(baseline(n))
    return Paired(kiosk_s, baseline_s, (load_before, os.getloadavg()[0]))


def _kiosk_run(command: Sequence[str], folder: Path) -> Callable[[int], float]:
    env = {**child_env(folder), "KIOSK_EXIT_WHEN_READY": "1"}
    config = unreachable_config(folder)

    def run(_n: int) -> float:
        return time_to_line([*command, "--config", str(config)], KIOSK_READY, env)[0]

    return run


def against_chromium(kiosk: Sequence[str], pairs: int) -> Paired | None:
    """The kiosk (production) beside headless Chromium showing the kiosk page; None without
    Chromium."""
    chromium = chromium_path()
    if chromium is None:
        return None
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as name:
        folder = Path(name)
        env = child_env(folder)

        def page(n: int) -> float:
            profile = folder / f"chromium-{n + 1}"  # a fresh profile every run
            command = chromium_command(chromium, profile)
            return time_to_line(command, CHROMIUM_READY, env, stderr=True)[0]

        return _paired(pairs, _kiosk_run(kiosk, folder), page)


def against_empty_window(kiosk: Sequence[str], pairs: int) -> Paired:
    """The kiosk (production) beside an empty PySide6 window shown full screen."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as name:
        folder = Path(name)
        env = child_env(folder)
        window = [sys.executable, "-m", "benchmarks.empty_window"]

        def empty(_n: int) -> float:
            return time_to_line(window, EMPTY_WINDOW_READY, env)[0]

        return _paired(pairs, _kiosk_run(kiosk, folder), empty)

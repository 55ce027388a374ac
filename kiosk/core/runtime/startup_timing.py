"""How long the kiosk took to start: seconds since the operating system created the process.

Measured from process creation rather than from the first line of Python, so that a bundle's
own start (the PyInstaller bootloader, loading libraries, unpacking nothing) counts too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def seconds_since_process_start(proc: Path = Path("/proc")) -> float | None:
    """Seconds since this process started (Linux; 10 ms resolution), or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        stat = (proc / "self" / "stat").read_text()
        uptime = float((proc / "uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    # Field 22 (starttime, in clock ticks after boot) counts from the end of the command name,
    # which is in parentheses and may itself contain spaces.
    fields = stat.rsplit(")", 1)[1].split()
    ticks_per_second = os.sysconf("SC_CLK_TCK")
    started = int(fields[19]) / ticks_per_second
    return max(0.0, uptime - started)

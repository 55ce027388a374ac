"""The reference central under load: card lookups per second from 20 concurrent clients.

The load generator is Debian's ``wrk`` (C, event-driven): it is not itself CPU-bound the way a
Python client would be, so the figure measures the service. It runs against ``kiosk-central``
on loopback, GET /api/v1/cards/<demo card> with the terminal token, 2 threads and 20
connections; a small Lua script prints the 95th percentile (wrk's own table stops at 50/75/90/99).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CONNECTIONS = 20
THREADS = 2

_REPORT_P95 = """
done = function(summary, latency, requests)
  io.write(string.format("p95_us %d\\n", latency:percentile(95)))
  io.write(string.format("p50_us %d\\n", latency:percentile(50)))
  io.write(string.format("errors %d\\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


@dataclass
class LoadFigures:
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    errors: int
    requests: int


def wrk_path() -> str | None:
    return shutil.which("wrk")


def measure_lookups(url: str, token: str, card: str, *, seconds: int = 10) -> LoadFigures:
    wrk = wrk_path()
    if wrk is None:
        raise RuntimeError("wrk is not installed (make bench installs it: apt-get install wrk)")
    with tempfile.TemporaryDirectory(prefix="kiosk-wrk-") as folder:
        script = Path(folder) / "p95.lua"
        script.write_text(_REPORT_P95, encoding="utf-8")
        done = subprocess.run(
            [
                wrk,
                f"-t{THREADS}",
                f"-c{CONNECTIONS}",
                f"-d{seconds}s",
                "-s",
                str(script),
                "-H",
                f"Authorization: Bearer {token}",
                "-H",
                "Accept: application/json",
                f"{url}/api/v1/cards/{card}",
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
    out = done.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    p50, p95 = re.search(r"p50_us (\d+)", out), re.search(r"p95_us (\d+)", out)
    errors = re.search(r"errors (\d+)", out)  # connect/read/write/timeouts and statuses >= 400
    if not (rate and total and p50 and p95 and errors):
        raise RuntimeError(f"unexpected wrk output: {out[-500:]}")
    return LoadFigures(
        requests_per_s=float(rate.group(1)),
        p50_ms=int(p50.group(1)) / 1000,
        p95_ms=int(p95.group(1)) / 1000,
        errors=int(errors.group(1)),
        requests=int(total.group(1)),
    )

"""The soak test (make soak): 10,000 scan -> answer -> done cycles with faults mixed in, and
threads, descriptors and memory staying flat.

    python -m benchmarks.soak [--cycles 10000] [--every 1000]

A kiosk in this process scans the demo cards against ``kiosk-central --demo-data`` (a child
process) through a proxy (benchmarks/faulty_central.py ``mix``, another child) that makes one
request in ten misbehave: it hangs, drips, resets the connection, answers 503, or 429 with
Retry-After. The kiosk's whole-call deadline is 1 s, so a hung or dripping call ends on the
"takes too long" screen. Every ``--every`` cycles a row shows the answers so far, the resident
memory, the threads and the open descriptors. The baseline is taken after 200 warm-up cycles,
the end after the task pool has let its threads go; the run fails (exit 1) when memory grew by
more than 5 MiB or threads or descriptors did not come back to the baseline.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import kiosk_loops
from benchmarks.faulty_central import faulty_central

if TYPE_CHECKING:
    from kiosk.qt.app import Kiosk

MAX_GROWTH_MIB = 5.0
WARM_UP = 200


def _settle(kiosk: Kiosk) -> None:
    """Let every background task end and the pool's threads exit (the deadline watchdog's thread
    exits after 2 s idle): what is left is what stays."""
    kiosk.runner.wait_for_done(30_000)
    kiosk_loops.wait_until(lambda: False, 2.5)


def _figures() -> tuple[float, int, int]:
    return kiosk_loops.rss_mib(), kiosk_loops.os_threads(), kiosk_loops.open_descriptors()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__)
    parser.add_argument("--cycles", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1000, help="a row every N cycles")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.getLogger().addHandler(logging.NullHandler())  # the faults' warnings are expected

    answers: Counter[str] = Counter()
    started = time.monotonic()
    with (
        kiosk_loops.bench_folder() as folder,
        kiosk_loops.reference_central(Path(folder)) as upstream,
        faulty_central("mix", upstream) as url,
        kiosk_loops.running_kiosk(kiosk_loops.kiosk_config(url, call_deadline=1.0)) as kiosk,
    ):
        for n in range(WARM_UP):
            kiosk_loops.scan_cycle(kiosk, kiosk_loops.DEMO_CARDS[n % 2])
        _settle(kiosk)
        base_rss, base_threads, base_fds = _figures()
        print(
            f"baseline after {WARM_UP} warm-up cycles: {base_rss:.1f} MiB, "
            f"{base_threads} threads, {base_fds} descriptors",
            flush=True,
        )
        print("| cycles | cards | error screens | RSS MiB | threads | descriptors | minutes |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |", flush=True)
        for n in range(1, args.cycles + 1):
            _elapsed, state = kiosk_loops.scan_cycle(kiosk, kiosk_loops.DEMO_CARDS[n % 2])
            answers[getattr(state, "name", str(state))] += 1
            if n % args.every == 0 or n == args.cycles:
                rss, threads, fds = _figures()
                minutes = (time.monotonic() - started) / 60
                print(
                    f"| {n} | {answers['CARD']} | {answers['ERROR']} | {rss:.1f} | {threads} | "
                    f"{fds} | {minutes:.1f} |",
                    flush=True,
                )
        _settle(kiosk)
        end_rss, end_threads, end_fds = _figures()
    growth = end_rss - base_rss
    print(
        f"\nend, background work done: {end_rss:.1f} MiB ({growth:+.1f} MiB), {end_threads} "
        f"threads (baseline {base_threads}), {end_fds} descriptors (baseline {base_fds}); "
        f"answers: {dict(answers)}"
    )
    problems = []
    if growth > MAX_GROWTH_MIB:
        problems.append(f"memory grew by {growth:.1f} MiB (> {MAX_GROWTH_MIB} MiB)")
    if end_threads > base_threads:
        problems.append(f"{end_threads - base_threads} threads more than at the baseline")
    if end_fds > base_fds:
        problems.append(f"{end_fds - base_fds} descriptors more than at the baseline")
    if not answers["ERROR"] or not answers["CARD"]:
        problems.append("the faults did not all show: every cycle ended the same way")
    print("soak FAILED: " + "; ".join(problems) if problems else "soak passed: flat")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

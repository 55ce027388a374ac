"""The memory soak (make soak): 10,000 visitors' sessions against the reference central with
faults mixed in, and a census of the kiosk after the warm-up and at the end.

    python -m benchmarks.soak [--sessions 10000] [--warm-up 200] [--seed 1] [--every 500]

A kiosk in this process (fake timers, real HTTP; benchmarks/sessions.py) serves ``--sessions``
visitors, each a seeded mix of every journey: card scans, price checks, languages, the reading
aids, registration up to the SMS code, adding a card, a cashier's activations, the service
screen; each ended by Done, Cancel or walking away. The central is ``kiosk-central --demo-data``
in a child process behind benchmarks/faulty_central.py ``mix`` in another: one request in ten
hangs, drips, is reset, or gets a 503 or a 429; the kiosk's whole-call deadline is 1 s.

The census counts resident memory, threads by name, open descriptors by kind and live QObjects
by class; it is taken after a tour of every journey and ``--warm-up`` sessions, and at the end,
each time with every background task done. The run fails (exit 1) when memory grew by more than
5 MiB, or any thread name, descriptor kind or QObject class has more than after the warm-up;
what grew is printed. A row every ``--every`` sessions shows the figures on the way.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from benchmarks import census, kiosk_hands, kiosk_loops, sessions

MAX_GROWTH_MIB = 5.0


def machine() -> str:
    """The CPU model and count, as ``lscpu`` names them."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.machine(),
    )
    return f"{model}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}"


def row(done: int, started: float, log: sessions.SessionLog) -> str:
    now = census.census()
    return (
        f"| {done} | {(time.monotonic() - started) / 60:.1f} | {now.rss_mib:.1f} | "
        f"{now.rss_file_mib:.1f} | {_mib(now.heap_mib)} | {now.thread_count} | "
        f"{now.descriptor_count} | {now.qobject_count} | {log.screens['ERROR']} | "
        f"{os.getloadavg()[0]:.1f} |"
    )


def _mib(value: float | None) -> str:
    return "?" if value is None else f"{value:.1f}"


def summary(result: sessions.SoakResult, start: census.Census, minutes: float) -> str:
    warm, end = result.warm, result.end
    top = [name for name, _count in end.qobjects.most_common(10)]
    lines = [
        f"{result.sessions} sessions in {minutes:.1f} minutes ({machine()})",
        f"resident memory: {start.rss_mib:.1f} MiB after start, {warm.rss_mib:.1f} after the "
        f"warm-up, {end.rss_mib:.1f} at the end ({result.rss_growth_mib:+.1f} MiB); of it "
        f"mapped files {start.rss_file_mib:.1f}, {warm.rss_file_mib:.1f}, {end.rss_file_mib:.1f}",
        f"C heap in use: {_mib(start.heap_mib)} MiB after start, {_mib(warm.heap_mib)} after the "
        f"warm-up, {_mib(end.heap_mib)} at the end",
        f"threads: {warm.thread_count} -> {end.thread_count} ({_kinds(end.threads)})",
        f"descriptors: {warm.descriptor_count} -> {end.descriptor_count} "
        f"({_kinds(end.descriptors)})",
        f"live QObjects: {warm.qobject_count} -> {end.qobject_count} in "
        f"{len(end.qobjects)} classes; the most:",
        *(f"  {name}: {warm.qobjects[name]} -> {end.qobjects[name]}" for name in top),
        f"journeys: {_kinds(result.log.journeys)}",
        f"screens before the ending: {_kinds(result.log.screens)}",
        f"endings: {_kinds(result.log.endings)}",
    ]
    return "\n".join(lines)


def _kinds(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--warm-up", type=int, default=200, help="sessions before the census")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--every", type=int, default=500, help="a row every N sessions")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.getLogger().addHandler(logging.NullHandler())  # the faults' warnings are expected

    started = time.monotonic()
    print(f"machine: {machine()}", flush=True)
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-soak-") as folder,
        kiosk_hands.soak_central(Path(folder)) as url,
        kiosk_hands.session_kiosk(kiosk_loops.kiosk_config(url, call_deadline=1.0)) as hands,
    ):
        start = census.census()
        print(f"kiosk up: {start.rss_mib:.1f} MiB, {start.qobject_count} live QObjects")
        print(
            "| sessions | minutes | RSS MiB | of it files | C heap MiB | threads | descriptors | "
            "QObjects | errors | load |"
        )
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", flush=True)
        result = sessions.soak(
            hands,
            args.sessions,
            seed=args.seed,
            warm_up=args.warm_up,
            every=args.every,
            report=lambda done, log: print(row(done, started, log), flush=True),
        )
        waits_run_out = hands.waits_run_out
    minutes = (time.monotonic() - started) / 60
    print("\n" + summary(result, start, minutes))
    problems = result.problems(MAX_GROWTH_MIB)
    if not result.log.screens["ERROR"]:
        problems.append("no session ended on the error screen: the faults did not show")
    if waits_run_out:
        # Not a failure of the kiosk by itself (a journey carries on from where it is), but a
        # sign that something stopped answering.
        print(f"waits that ran out ({census.ANSWER_S:.0f} s): {_kinds(waits_run_out)}")
    print("soak FAILED: " + "; ".join(problems) if problems else "soak passed: flat")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

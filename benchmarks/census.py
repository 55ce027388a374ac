"""A census of what a kiosk process holds, for the memory soak (benchmarks/soak.py): resident
memory, the C heap in use, threads by name, open descriptors by kind, and live QObjects by class:
what a leak would grow."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import kiosk_loops

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from benchmarks.kiosk_hands import Hands


#: Seconds to wait for anything that needs the central (a hung call ends at the kiosk's
#: whole-call deadline, which the soak sets to 1 s).
ANSWER_S = 30.0


# --- the census -----------------------------------------------------------------------------------


@dataclass
class Census:
    """What a kiosk holds at one moment: resident memory, and its threads, open descriptors and
    live QObjects, each counted by kind."""

    rss_mib: float
    #: Of resident memory, the pages of mapped files: the code and read-only data of Python, Qt
    #: and the other libraries, which come in as code first runs (and may be dropped again).
    rss_file_mib: float
    #: The C heap's memory in use (what glibc's malloc handed out and did not get back), MiB:
    #: Qt's and the libraries' own memory, without what malloc keeps after a free. None where
    #: the C library does not say.
    heap_mib: float | None
    threads: Counter[str]
    descriptors: Counter[str]
    qobjects: Counter[str]

    @property
    def thread_count(self) -> int:
        return self.threads.total()

    @property
    def descriptor_count(self) -> int:
        return self.descriptors.total()

    @property
    def qobject_count(self) -> int:
        return self.qobjects.total()


def live_threads() -> Counter[str]:
    """This process's threads by name: the Python name of a Python thread, else the name the
    OS knows (Qt names its pool threads)."""
    python_names = {thread.native_id: thread.name for thread in threading.enumerate()}
    names: Counter[str] = Counter()
    for task in Path("/proc/self/task").iterdir():
        name = python_names.get(int(task.name))
        if name is None:
            with contextlib.suppress(OSError):
                name = (task / "comm").read_text().strip()
        names[name or "?"] += 1
    return names


def open_descriptors() -> Counter[str]:
    """This process's open descriptors by kind: socket, pipe, anon_inode:[eventfd], or the
    file's name."""
    kinds: Counter[str] = Counter()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # the descriptor listing the folder, closed again
        kinds[target.split(":[")[0] if target.startswith(("socket:", "pipe:")) else target] += 1
    return kinds


def _live_objects() -> list[QObject]:
    """Every live QObject of this process that can be found: the application and every object
    under it, every top-level widget and everything under it, and every object Python holds
    that has no parent (a timer, a translator) with what is under it."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QApplication

    roots: list[QObject] = []
    app = QCoreApplication.instance()
    if app is not None:
        roots.append(app)
    if isinstance(app, QApplication):
        roots += QApplication.topLevelWidgets()
    roots += [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, QObject) and shiboken6.isValid(obj) and obj.parent() is None
    ]
    found: dict[int, QObject] = {}
    for root in roots:
        for obj in (root, *root.findChildren(QObject)):
            found.setdefault(shiboken6.getCppPointer(obj)[0], obj)
    return list(found.values())


def live_qobjects() -> Counter[str]:
    """The live QObjects of this process by class (see :func:`_live_objects`)."""
    return Counter(obj.metaObject().className() for obj in _live_objects())


def release_pool_threads() -> None:
    """Let every thread pool's idle threads go now (a pool keeps them for 30 s): they are no
    leak, and the census should not count them."""
    from PySide6.QtCore import QThreadPool

    pools = [obj for obj in _live_objects() if isinstance(obj, QThreadPool)]
    for pool in (*pools, QThreadPool.globalInstance()):
        pool.waitForDone(int(ANSWER_S * 1000))


def heap_in_use_mib() -> float | None:
    """glibc's mallinfo2(): bytes in use in the heap's arenas and in blocks mapped on their own."""

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in (
                "arena", "ordblks", "smblks", "hblks", "hblkhd",
                "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
            )
        ]  # fmt: skip

    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = MallInfo2
    info = mallinfo2()
    return float(info.uordblks + info.hblkhd) / (1 << 20)


def rss_file_mib() -> float:
    """The file-backed part of this process's resident memory (Linux: RssFile)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1]) / 1024
    return 0.0


def census() -> Census:
    # Memory first: the census of objects makes Python wrappers of its own for a while.
    rss, files, heap = kiosk_loops.rss_mib(), rss_file_mib(), heap_in_use_mib()
    return Census(rss, files, heap, live_threads(), open_descriptors(), live_qobjects())


def grown(before: Counter[str], after: Counter[str]) -> dict[str, tuple[int, int]]:
    """The kinds of which ``after`` has more than ``before``: (before, after), most grown
    first."""
    growth = {name: (before[name], count) for name, count in after.items() if count > before[name]}
    return dict(sorted(growth.items(), key=lambda item: item[1][0] - item[1][1]))


def quiet(hands: Hands, *, like: Census | None = None, settle_s: float = 2.5) -> Census:
    """The census once every background task has ended and the pools' idle threads are gone;
    with ``like``, once there are no more threads and descriptors of any kind than it had, or
    after ``settle_s`` (the client's deadline watchdog thread exits after 2 s without calls)."""
    hands.settle()
    release_pool_threads()
    if like is not None:
        kiosk_loops.wait_until(
            lambda: (
                not grown(like.threads, live_threads())
                and not grown(like.descriptors, open_descriptors())
            ),
            settle_s,
        )
    gc.collect()
    return census()

"""Running blocking work (central calls, disk) off the GUI thread, with results back on it, and
the central client those calls share (built on first use, on a worker).

In the manner of MusicBrainz Picard's thread helper: :meth:`TaskRunner.run` hands a function to
a thread pool and, when it is done, calls ``on_done(result)`` or ``on_error(exception)`` on the
GUI thread, through a queued signal of the runner (which lives there). Exactly one of the two is
always called, until the application ends (:meth:`TaskRunner.close`).

The runner never decides that a result is stale: the one who asked does, with a generation
token (the flow's lookups, a wizard's steps). So a cleanup that must happen however late the
answer comes (closing a shopper session nobody will use) and background refreshes (the
program) always get their answer.

Code that runs work in the background takes a :class:`Runner` (the protocol); the kiosk's is
:class:`TaskRunner`, tests may hand in one they step by hand.

The runner owns its pool (at most :data:`MAX_THREADS` threads) unless it is given one; call
:meth:`TaskRunner.wait_for_done` and :meth:`TaskRunner.close` before the application exits so
no thread outlives it and no answer arrives after it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from kiosk.core.client import CentralClient

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Threads of the runner's own pool: a few central calls at once, no more.
MAX_THREADS = 4
#: A task running this long is stuck (a central call answered a byte at a time, or never, that
#: the shopper has long abandoned). The runner's own pool gets one extra thread per stuck task, up
#: to MAX_THREADS_WHEN_STUCK, so new work (the next shopper's scan) never queues behind them. Each
#: central call ends by its deadline, so the extra threads are temporary: the pool shrinks back
#: when the stuck tasks are over. A burst of quick tasks never grows it.
STUCK_AFTER_SECONDS = 1.0
MAX_THREADS_WHEN_STUCK = 16


class Runner(Protocol):
    """Runs ``fn`` off the GUI thread and calls exactly one of ``on_done(result)`` or
    ``on_error(exception)`` on the GUI thread afterwards."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> object: ...


class TaskRunner(QObject):
    """Runs functions on a thread pool; their results come back on the GUI thread."""

    # Pool thread -> GUI thread: task id, whether fn returned, its result or exception.
    _finished = Signal(int, bool, object)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        if pool is not None and not isinstance(pool, QThreadPool):
            raise TypeError(f"pool must be a QThreadPool, not {type(pool).__name__} (parent=?)")
        super().__init__(parent)
        self._owns_pool = pool is None
        #: Monotonic seconds, for telling stuck tasks; tests may replace it.
        self.clock: Callable[[], float] = time.monotonic
        # When each running task started, by task id (written by the pool's threads).
        self._started: dict[int, float] = {}
        self._started_lock = threading.Lock()
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(MAX_THREADS)
        self.pool = pool
        self._next_id = 0
        # Callbacks of the tasks whose results are still wanted, by task id.
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def one_at_a_time(cls, parent: QObject | None = None) -> TaskRunner:
        """A runner whose tasks run one after another, in the order they were given: its one
        thread never grows (a stuck task holds back the ones behind it, as an ordered queue
        must)."""
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        runner = cls(pool, parent)
        pool.setParent(runner)
        return runner

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> int:
        """Run ``fn()`` on the pool; then call ``on_done(result)`` or ``on_error(exception)`` on
        the GUI thread (unless the runner was closed in between). Returns the task id (0: not
        run, the runner is closed)."""
        if self._closed:
            log.debug("a background task after the runner was closed is not run")
            return 0
        self._next_id += 1
        task_id = self._next_id
        self._waiting[task_id] = (on_done, on_error)
        self._make_room()
        self.pool.start(lambda: self._execute(task_id, fn))
        return task_id

    def close(self) -> None:
        """The application is ending: no new task is taken, and the results still on their
        way are dropped (there is nobody left to show them to)."""
        if self._waiting:
            log.debug("dropping the results of %d background tasks", len(self._waiting))
        self._closed = True
        self._waiting.clear()

    @property
    def pending(self) -> int:
        """Tasks whose results are still to be delivered."""
        return len(self._waiting)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Wait up to ``msecs`` (-1: no limit) for every running task to end, and let the pool's
        threads exit. True when none is left. Results of finished tasks are still delivered
        through the event loop afterwards (unless the runner is closed)."""
        return bool(self.pool.waitForDone(msecs))

    def _make_room(self) -> None:
        """One extra thread per stuck task (within MAX_THREADS_WHEN_STUCK), none otherwise."""
        if not self._owns_pool:
            return  # a pool given to the runner is sized by whoever gave it
        now = self.clock()
        with self._started_lock:
            stuck = sum(1 for began in self._started.values() if now - began >= STUCK_AFTER_SECONDS)
        wanted = min(MAX_THREADS_WHEN_STUCK, MAX_THREADS + stuck)
        current = self.pool.maxThreadCount()
        if wanted > current:
            log.info("%d background tasks stuck; the pool grows to %d threads", stuck, wanted)
        if wanted != current:
            self.pool.setMaxThreadCount(wanted)

    # -- pool thread ---------------------------------------------------------------------------

    def _execute(self, task_id: int, fn: Callable[[], Any]) -> None:
        with self._started_lock:
            self._started[task_id] = self.clock()
        try:
            outcome: object = fn()
            succeeded = True
        except Exception as exc:  # every failure goes to on_error
            outcome, succeeded = exc, False
        except BaseException as exc:  # SystemExit, KeyboardInterrupt raised inside fn
            error = RuntimeError(f"background task aborted by {type(exc).__name__}")
            error.__cause__ = exc
            outcome, succeeded = error, False
        with self._started_lock:
            del self._started[task_id]
        # RuntimeError: the runner was deleted meanwhile, so nobody wants the result.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(task_id, succeeded, outcome)

    # -- GUI thread ------------------------------------------------------------------------------

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, succeeded: bool, outcome: object) -> None:
        callbacks = self._waiting.pop(task_id, None)
        if callbacks is None:
            return  # the runner was closed after it was submitted
        on_done, on_error = callbacks
        if succeeded:
            on_done(outcome)
        else:
            assert isinstance(outcome, Exception)
            on_error(outcome)


class LazyClient:
    """The central client, created on first use in a worker thread.

    Creating it imports requests and pydantic, which the first screen must not wait for; the
    kiosk builds it first of all its background work, alone, so that nothing imports them on
    another thread meanwhile (kiosk.qt.app.finish_startup_on_event_loop). Only worker threads
    call :meth:`get`; the GUI thread calls :meth:`set_language` and :meth:`close`, which never
    wait for a client being built: the build runs outside the lock they take (a second lock
    keeps two workers from building two clients).
    """

    def __init__(self, factory: Callable[[], CentralClient], language: str = "ru") -> None:
        self._factory = factory
        #: Held only for a few assignments: the GUI thread takes it.
        self._lock = threading.Lock()
        #: Held while the client is built (imports, sessions): worker threads only.
        self._build_lock = threading.Lock()
        self._client: CentralClient | None = None
        self._language = language
        self._closed = False

    def get(self) -> CentralClient:
        client = self._client
        if client is not None:
            return client
        with self._build_lock:
            if self._client is None:
                built = self._factory()
                with self._lock:
                    built.language = self._language
                    self._client = built
                    closed = self._closed
                if closed:  # the kiosk shut down while it was built
                    built.close()
            return self._client

    def set_language(self, language: str) -> None:
        with self._lock:
            self._language = language
            if self._client is not None:
                self._client.language = language

    @property
    def last_answer_at(self) -> float | None:
        """When the client last had a good answer from the central; None before it is built
        (asking never builds it: that is a worker thread's job)."""
        client = self._client
        return client.last_answer_at if client is not None else None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            client = self._client
        if client is not None:
            client.close()

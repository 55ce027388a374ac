"""The task runner: work on the pool, exactly one callback on the GUI thread for every task
(staleness is the caller's business), nothing after it is closed, no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.qt.tasks import MAX_THREADS, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_done(5000)
    tasks.close()
    assert tasks.pool.activeThreadCount() == 0


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    worker_threads: list[QThread] = []
    delivered: list[tuple[int, bool]] = []
    errors: list[Exception] = []

    def work() -> int:
        worker_threads.append(QThread.currentThread())
        return 42

    runner.run(
        work,
        lambda value: delivered.append((value, QThread.currentThread() is _gui_thread())),
        errors.append,
    )
    qtbot.waitUntil(lambda: delivered != [], timeout=3000)
    assert delivered == [(42, True)] and errors == []
    assert worker_threads and worker_threads[0] is not _gui_thread()


def test_exception_goes_to_on_error_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[object] = []
    errors: list[tuple[Exception, bool]] = []

    def fail() -> int:
        raise ValueError("central said no")

    runner.run(
        fail,
        results.append,
        lambda exc: errors.append((exc, QThread.currentThread() is _gui_thread())),
    )
    qtbot.waitUntil(lambda: errors != [], timeout=3000)
    assert results == []
    [(error, on_gui_thread)] = errors
    assert isinstance(error, ValueError) and str(error) == "central said no" and on_gui_thread


def test_system_exit_inside_a_task_is_an_error_too(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[Exception] = []

    def bail_out() -> None:
        raise SystemExit(3)

    runner.run(bail_out, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=3000)
    assert isinstance(errors[0], RuntimeError) and isinstance(errors[0].__cause__, SystemExit)


def test_every_answer_is_delivered_however_late(qtbot: QtBot, runner: TaskRunner) -> None:
    """The runner drops nothing on its own: a late answer may still have a session to close."""
    release = threading.Event()
    answers: list[object] = []

    def slow_sign_in() -> str:
        release.wait(5)
        return "session token"

    def slow_failure() -> str:
        release.wait(5)
        raise TimeoutError

    runner.run(slow_sign_in, answers.append, answers.append)
    runner.run(slow_failure, answers.append, answers.append)
    assert runner.pending == 2
    runner.run(lambda: "next shopper", answers.append, answers.append)
    release.set()
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=3000)
    assert "session token" in answers and "next shopper" in answers
    assert any(isinstance(answer, TimeoutError) for answer in answers)
    assert runner.pending == 0


def test_nothing_is_delivered_or_run_after_close(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    release = threading.Event()
    answers: list[object] = []
    tasks.run(lambda: release.wait(5), answers.append, answers.append)
    tasks.close()  # the application is ending
    assert tasks.run(lambda: answers.append("ran"), answers.append, answers.append) == 0
    release.set()
    assert tasks.wait_for_done(5000)
    QApplication.processEvents()  # where a late delivery would (wrongly) arrive
    assert answers == []
    assert tasks.pending == 0


def test_many_tasks_each_answered_exactly_once(qtbot: QtBot, runner: TaskRunner) -> None:
    lock = threading.Lock()
    running = 0
    most_at_once = 0
    results: list[int] = []
    errors: list[int] = []

    def work(number: int) -> int:
        nonlocal running, most_at_once
        with lock:
            running += 1
            most_at_once = max(most_at_once, running)
        QThread.msleep(1)
        with lock:
            running -= 1
        if number % 7 == 0:
            raise ValueError(number)
        return number

    def record_error(exc: Exception) -> None:
        errors.append(exc.args[0])

    for number in range(200):
        runner.run(lambda n=number: work(n), results.append, record_error)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 200, timeout=10_000)
    assert sorted(results) == [n for n in range(200) if n % 7]
    assert sorted(errors) == [n for n in range(200) if n % 7 == 0]
    assert 1 <= most_at_once <= MAX_THREADS
    assert runner.pending == 0


def test_task_ids_are_distinct(runner: TaskRunner) -> None:
    ids = {runner.run(lambda: None, lambda _: None, lambda _: None) for _ in range(5)}
    assert len(ids) == 5


def test_given_pool_is_used(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    tasks = TaskRunner(pool)
    results: list[int] = []
    tasks.run(lambda: 7, results.append, lambda _: None)
    assert tasks.pool is pool
    assert tasks.wait_for_done(5000)
    qtbot.waitUntil(lambda: results == [7], timeout=3000)
    assert pool.activeThreadCount() == 0


def test_wait_for_done_lets_every_thread_exit(runner: TaskRunner) -> None:
    before = {thread.ident for thread in threading.enumerate()}
    for _ in range(8):
        runner.run(lambda: QThread.msleep(20), lambda _: None, lambda _: None)
    assert runner.wait_for_done(5000)
    assert runner.pool.activeThreadCount() == 0
    # Python only knows pool threads that ran Python code; none of them may remain.
    assert {thread.ident for thread in threading.enumerate()} <= before


def test_parent_given_as_pool_is_refused() -> None:
    with pytest.raises(TypeError, match="QThreadPool"):
        TaskRunner(QObject())  # type: ignore[arg-type]


def test_a_one_at_a_time_runner_keeps_one_thread_and_the_order(qtbot: QtBot) -> None:
    runner = TaskRunner.one_at_a_time()
    order: list[int] = []
    started: list[int] = []
    for n in range(5):
        runner.run(lambda n=n: started.append(n) or n, order.append, pytest.fail)
        assert runner.pool.maxThreadCount() == 1, "never widened, not even for stuck tasks"
    qtbot.waitUntil(lambda: len(order) == 5)
    assert started == order == [0, 1, 2, 3, 4]
    assert runner.wait_for_done(5000)
    runner.deleteLater()

"""Background calls: the job runs off the GUI thread, its answer or its exception comes
back on the GUI thread, and a cancelled call's late answer is dropped."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from anjungan.kiosk.worker import Worker


def test_the_job_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    worker = Worker()
    gui = threading.current_thread()
    ran_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []
    results: list[int] = []

    def job() -> int:
        ran_on.append(threading.current_thread())
        return 42

    def done(value: int) -> None:
        answered_on.append(threading.current_thread())
        results.append(value)

    worker.run(job, done, lambda e: None)
    qtbot.waitUntil(lambda: results == [42])
    assert ran_on[0] is not gui
    assert answered_on == [gui]
    assert not worker.busy
    worker.shutdown()


def test_an_exception_reaches_the_failed_callback(qtbot: QtBot) -> None:
    worker = Worker()
    errors: list[Exception] = []

    def job() -> None:
        raise ValueError("boom")

    worker.run(job, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
    worker.shutdown()


def test_a_cancelled_call_never_delivers_its_late_answer(qtbot: QtBot) -> None:
    worker = Worker()
    release = threading.Event()
    delivered: list[object] = []
    task = worker.run(lambda: release.wait(5), delivered.append, delivered.append)
    task.cancel()
    release.set()
    worker.wait()
    qtbot.wait(50)  # give a queued delivery its chance
    assert delivered == []
    assert task.finished and not task.pending
    worker.shutdown()


def test_after_shutdown_new_calls_are_dropped(qtbot: QtBot) -> None:
    worker = Worker()
    worker.shutdown()
    delivered: list[object] = []
    task = worker.run(lambda: 1, delivered.append, delivered.append)
    qtbot.wait(50)
    assert task.cancelled and delivered == []

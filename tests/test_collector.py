"""The idle garbage collector: automatic collection off, thresholds checked from the event loop."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import collector
from desktop.collector import IdleCollector


class FakeGc:
    """Stands in for the gc module: counts and thresholds set by the test, collections logged."""

    def __init__(self, counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> None:
        self.counts = counts
        self.thresholds = thresholds
        self.collected: list[int] = []
        self.enabled = True

    def get_count(self) -> tuple[int, int, int]:
        return self.counts

    def get_threshold(self) -> tuple[int, int, int]:
        return self.thresholds

    def collect(self, generation: int = 2) -> int:
        self.collected.append(generation)
        return 7

    def isenabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False


class Node:
    """An object that can take part in a reference cycle."""

    other: Node | None = None
    qobject: QObject | None = None


@pytest.fixture
def fresh(idle_collector: IdleCollector) -> Iterator[IdleCollector]:
    """A collector of the test's own (the session's stays installed); stopped afterwards."""
    policy = IdleCollector(interval_ms=0)
    yield policy
    policy.stop()
    assert not gc.isenabled(), "the session's policy keeps automatic collection off"


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((700, 0, 0), []),  # at the threshold, not past it: nothing yet
        ((701, 0, 0), [0]),
        ((701, 11, 0), [1]),  # gen 1 past its threshold too: it is collected (with gen 0)
        ((701, 11, 11), [2]),  # and the oldest past its threshold wins
        ((701, 3, 11), [2]),
        ((5, 11, 11), []),  # older counts alone never start a collection (as in CPython)
    ],
)
def test_check_collects_the_oldest_generation_past_its_threshold(
    monkeypatch: pytest.MonkeyPatch, counts: tuple[int, int, int], expected: list[int]
) -> None:
    fake = FakeGc(counts, (700, 10, 10))
    monkeypatch.setattr(collector, "gc", fake)
    policy = IdleCollector()
    found = policy.check()
    assert fake.collected == expected
    assert found == (7 if expected else 0)
    assert sum(policy.collections) == len(expected) and policy.collected == found
    if expected:
        assert policy.collections[expected[0]] == 1


def test_a_first_threshold_of_zero_never_collects(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeGc((10_000, 100, 100), (0, 10, 10))  # gc.set_threshold(0): collection off
    monkeypatch.setattr(collector, "gc", fake)
    assert IdleCollector().check() == 0
    assert fake.collected == []


def test_start_turns_automatic_collection_off_and_stop_gives_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeGc((0, 0, 0), (700, 10, 10))
    monkeypatch.setattr(collector, "gc", fake)
    policy = IdleCollector()
    assert not policy.active
    policy.start()
    policy.start()  # twice: still remembers that collection was on before
    assert policy.active and not fake.enabled
    policy.stop()
    assert not policy.active and fake.enabled
    # off before start: stays off after stop
    fake.enabled = False
    policy.start()
    policy.stop()
    assert not fake.enabled


def test_the_real_gc_is_enabled_again_by_stop(fresh: IdleCollector) -> None:
    gc.enable()  # as outside the tests' policy
    try:
        fresh.start()
        assert not gc.isenabled()
        fresh.stop()
        assert gc.isenabled()
    finally:
        gc.disable()


def test_idle_timer_collects_cycles_when_the_event_loop_runs(
    qtbot: QtBot, qapp: QApplication, fresh: IdleCollector
) -> None:
    fresh.start()
    fresh.attach(qapp)
    fresh.attach(qapp)  # a second attach keeps the one timer
    assert fresh.attached
    assert len([t for t in qapp.findChildren(QTimer, "idleCollector") if t.isActive()]) >= 1
    previous = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None, "automatic collection is off: the cycle waits"
        qtbot.waitUntil(lambda: gone() is None)
        qtbot.waitUntil(lambda: sum(fresh.collections) > 0)
    finally:
        gc.set_threshold(*previous)
    assert fresh.collected > 0


def test_idle_timer_respects_the_thresholds(
    qtbot: QtBot, qapp: QApplication, fresh: IdleCollector, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeGc((100, 0, 0), (700, 10, 10))
    monkeypatch.setattr(collector, "gc", fake)
    fresh.start()
    fresh.attach(qapp)
    qtbot.wait(30)  # the 0 ms timer has fired many times: under the threshold, no collection
    assert fake.collected == []
    fake.counts = (701, 0, 0)
    qtbot.waitUntil(lambda: bool(fake.collected))
    assert set(fake.collected) == {0}


def test_attach_refuses_a_thread_other_than_the_gui_thread(
    qapp: QApplication, fresh: IdleCollector
) -> None:
    errors: list[BaseException] = []

    def attach() -> None:
        try:
            fresh.attach(qapp)
        except RuntimeError as exc:
            errors.append(exc)

    worker = threading.Thread(target=attach)
    worker.start()
    worker.join()
    assert len(errors) == 1 and not fresh.attached


def test_finish_collects_everything_stops_the_timer_and_keeps_gc_off(
    qapp: QApplication, fresh: IdleCollector
) -> None:
    fresh.start()
    fresh.attach(qapp)
    owner = QObject()  # a Python-owned QObject in a cycle: what must not die inside Qt calls
    holder = Node()
    holder.other = holder
    holder.qobject = owner
    destroyed: list[bool] = []
    owner.destroyed.connect(lambda: destroyed.append(True))
    del owner, holder
    fresh.finish()
    assert destroyed == [True]  # destroyed here, from plain Python
    assert not fresh.attached and not gc.isenabled()
    assert fresh.collections[2] == 1


def test_install_is_once_per_process_and_uninstall_restores(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(collector, "_installed", None)
    first = collector.install()
    try:
        assert collector.install(qapp) is first and collector.installed() is first
        assert first.attached and not gc.isenabled()
    finally:
        collector.uninstall()
    assert collector.installed() is None and not first.attached
    assert not gc.isenabled(), "off before this install (the session's policy): still off"


def test_the_session_runs_under_the_policy(idle_collector: IdleCollector) -> None:
    assert collector.installed() is idle_collector
    assert idle_collector.active and not gc.isenabled()


def test_create_application_installs_the_policy(qapp: QApplication) -> None:
    from desktop.app import create_application

    app = create_application()
    policy = collector.installed()
    assert policy is not None and policy.attached and not gc.isenabled()
    timers = [t for t in app.findChildren(QTimer, "idleCollector") if t.isActive()]
    assert len(timers) == 1

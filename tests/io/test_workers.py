"""Forked workers claiming articles from a shared counter: order, coverage, and a worker that dies."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance.errors import Problem
from provenance.io.batch import Outcome
from provenance.io.workers import Forked

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="workers fork only where processes fork")


def _done(item: str) -> Outcome:
    return Outcome(item, None, (Problem(item, f"pid {os.getpid()}"),))


def _died(item: str, code: int) -> Outcome:
    return Outcome(item, None, (Problem(item, f"died {code}"),))


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_in_input_order_each_once(workers: int) -> None:
    items = [f"a{i}" for i in range(40)]
    outcomes = list(Forked(items, _done, workers, _died))
    assert [o.path for o in outcomes] == items


def test_the_workers_take_articles() -> None:
    parent = os.getpid()

    def slow_here(item: str) -> Outcome:
        if os.getpid() == parent:
            time.sleep(0.02)  # this process is slow, so the worker surely claims some of the articles
        return _done(item)

    items = [f"a{i}" for i in range(100)]
    pids = {o.problems[0].message for o in Forked(items, slow_here, 1, _died)}
    assert pids - {f"pid {parent}"}


def test_a_dead_worker_costs_only_its_article() -> None:
    parent = os.getpid()

    def fragile(item: str) -> Outcome:
        if item == "a5" and os.getpid() != parent:
            os._exit(3)  # a worker killed mid-article (out of memory, a signal)
        return _done(item)

    items = [f"a{i}" for i in range(12)]
    outcomes = list(Forked(items, fragile, 2, _died))
    assert [o.path for o in outcomes] == items
    lost = [o for o in outcomes if o.problems[0].message.startswith("died")]
    assert [(o.path, o.problems[0].message) for o in lost] in ([], [("a5", "died 3")])
    assert all(o.problems[0].message.startswith("pid ") for o in outcomes if o not in lost)


def test_stopping_early_ends_the_workers() -> None:
    forked = Forked([f"a{i}" for i in range(100)], _done, 2, _died)
    results = iter(forked)
    assert next(results).path == "a0"
    forked.stop()
    assert not any(process.is_alive() for process in forked.pool.processes)


def test_a_result_that_cannot_be_sent_is_annotated_again_here() -> None:
    parent = os.getpid()

    def unpicklable(item: str) -> Outcome:
        outcome = _done(item)
        if item == "a3" and os.getpid() != parent:
            return Outcome(item, lambda: None, ())  # type: ignore[arg-type]  # a lambda does not pickle
        return outcome

    items = [f"a{i}" for i in range(10)]
    outcomes = list(Forked(items, unpicklable, 1, _died))
    assert [o.path for o in outcomes] == items
    assert outcomes[3].problems[0].message == f"pid {parent}"  # redone in this process, not lost or hung


def test_workers_claim_no_further_ahead_than_the_limit() -> None:
    items = [f"a{i}" for i in range(400)]
    forked = Forked(items, _done, 2, _died)
    results = iter(forked)
    next(results)
    time.sleep(0.5)  # the consumer stalls; the workers must stop claiming, not annotate the whole batch
    claimed = forked.pool.claims.next.value
    assert claimed <= 1 + forked.pool.claims.limit + 2  # each worker may hold one article past the limit check
    assert [o.path for o in results] == items[1:]


def test_workers_end_when_this_process_is_gone(tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(
        "import os, sys, time\n"
        "from provenance.io.batch import Outcome\n"
        "from provenance.io.workers import Forked\n"
        "forked = Forked([str(i) for i in range(10_000)], lambda i: (time.sleep(0.001), Outcome(i, None, ()))[1], 1,"
        " lambda i, c: Outcome(i, None, ()))\n"
        "results = iter(forked)\n"
        "next(results)\n"
        "print(forked.pool.processes[0].pid, flush=True)\n"
        "os._exit(0)  # as if killed: no clean-up runs\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True)
    worker = int(done.stdout.split()[0])
    for _ in range(100):
        if not _alive(worker):
            break
        time.sleep(0.1)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False

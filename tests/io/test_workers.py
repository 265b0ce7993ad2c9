"""Forked workers claiming articles from a shared counter: order, coverage, and a worker that dies."""

from __future__ import annotations

import os
import sys
import time

import pytest

from provenance.errors import Problem
from provenance.io.batch import Outcome
from provenance.io.workers import forked_outcomes

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="workers fork only where processes fork")


def _done(item: str) -> Outcome:
    return Outcome(item, None, (Problem(item, f"pid {os.getpid()}"),))


def _died(item: str, code: int) -> Outcome:
    return Outcome(item, None, (Problem(item, f"died {code}"),))


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_in_input_order_each_once(workers: int) -> None:
    items = [f"a{i}" for i in range(40)]
    outcomes = list(forked_outcomes(items, _done, workers, _died))
    assert [o.path for o in outcomes] == items


def test_the_workers_take_articles() -> None:
    parent = os.getpid()

    def slow_here(item: str) -> Outcome:
        if os.getpid() == parent:
            time.sleep(0.02)  # this process is slow, so the worker surely claims some of the articles
        return _done(item)

    items = [f"a{i}" for i in range(100)]
    pids = {o.problems[0].message for o in forked_outcomes(items, slow_here, 1, _died)}
    assert pids - {f"pid {parent}"}


def test_a_dead_worker_costs_only_its_article() -> None:
    parent = os.getpid()

    def fragile(item: str) -> Outcome:
        if item == "a5" and os.getpid() != parent:
            os._exit(3)  # a worker killed mid-article (out of memory, a signal)
        return _done(item)

    items = [f"a{i}" for i in range(12)]
    outcomes = list(forked_outcomes(items, fragile, 2, _died))
    assert [o.path for o in outcomes] == items
    lost = [o for o in outcomes if o.problems[0].message.startswith("died")]
    assert [(o.path, o.problems[0].message) for o in lost] in ([], [("a5", "died 3")])
    assert all(o.problems[0].message.startswith("pid ") for o in outcomes if o not in lost)


def test_stopping_early_ends_the_workers() -> None:
    results = forked_outcomes([f"a{i}" for i in range(100)], _done, 2, _died)
    assert next(results).path == "a0"
    results.close()  # the consumer stopped reading: the generator's cleanup ends the workers

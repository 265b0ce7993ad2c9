from __future__ import annotations

import pytest

from provenance.export.plan import LARGEST_BATCH, SMALLEST_BATCH, default_batch_size, plan, run_id


def test_default_batch_size_stays_between_its_bounds_and_grows_with_the_archive() -> None:
    sizes = [default_batch_size(n) for n in (0, 10, 840, 10_000, 10_000_000)]
    assert sizes == sorted(sizes)
    assert sizes[0] == SMALLEST_BATCH and sizes[-1] == LARGEST_BATCH
    assert SMALLEST_BATCH < default_batch_size(10_000) < LARGEST_BATCH


def test_plan_cuts_consecutive_batches_named_by_run_and_index() -> None:
    paths = [f"ledger_2024-03-{d:02d}_x.txt" for d in range(1, 8)]
    batches = plan(paths, batch_size=3, run="r1")
    assert [b.batch_id for b in batches] == ["r1-00000", "r1-00001", "r1-00002"]
    assert [path for b in batches for path, _ in b.items] == paths
    assert [len(b.items) for b in batches] == [3, 3, 1]
    assert batches[0].items[0][1].outlet == "ledger"


def test_the_run_name_depends_on_the_inputs_only() -> None:
    assert plan(["a", "b"])[0].batch_id == plan(["a", "b"])[0].batch_id
    assert run_id(["a", "b"]) != run_id(["b", "a"])
    with pytest.raises(ValueError):
        plan(["a"], batch_size=0)

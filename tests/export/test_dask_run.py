from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

from provenance.export import worker
from provenance.export.dask_run import export_dask
from provenance.export.plan import ExportSummary
from tests.export.tables import read_all


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two worker processes with one thread each, as on a two-core machine."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_a_two_worker_cluster_writes_the_tables_of_the_single_process_export(
    client: Client, archive: list[Path], exported: tuple[Path, ExportSummary], tmp_path: Path
) -> None:
    single, summary = exported
    progress: list[tuple[int, int]] = []
    result = export_dask(archive, tmp_path, client=client, batch_size=5, progress=lambda d, t: progress.append((d, t)))
    assert result == summary
    assert read_all(tmp_path) == read_all(single)
    assert progress[-1] == (len(archive), len(archive)) and len(progress) == len(summary.batches)


def test_each_worker_builds_the_rules_once_however_many_batches_it_runs(
    client: Client, archive: list[Path], tmp_path: Path
) -> None:
    export_dask(archive, tmp_path / "a", client=client, batch_size=2)
    export_dask(archive, tmp_path / "b", client=client, batch_size=1)
    loads = client.run(worker.loads)
    assert len(loads) == 2 and set(loads.values()) == {1}


def test_without_a_client_dask_default_scheduler_gives_the_same_tables(
    archive: list[Path], exported: tuple[Path, ExportSummary], tmp_path: Path
) -> None:
    single, summary = exported
    with dask.config.set(scheduler="synchronous"):
        result = export_dask(archive, tmp_path, batch_size=5)
    assert result == summary
    assert read_all(tmp_path) == read_all(single)

"""Export files on a Dask cluster: a `dask.bag` of batches, each annotated and written by a worker.

Each task carries its files and a picklable rules *loader*, never a Rulebook: a worker builds the rules
once (at start-up through RulesPlugin when a distributed Client is given, else on its first task) and
keeps them for every later task. Workers write their own parts, so nothing but a small summary per
batch comes back to the client, and the folder must be one that every worker can reach (a shared or
network file system, or one machine's disk for a LocalCluster). The batches are those `plan` cuts,
so the files are the ones `export_paths` writes on one machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from provenance import load_rulebook
from provenance.errors import Problem
from provenance.export.deps import require
from provenance.export.meta import Catalog
from provenance.export.parallel import Progress
from provenance.export.plan import Batch, ExportSummary, plan
from provenance.export.worker import MAX_BYTES, BatchResult, RulesLoader, export_batch, rulebook
from provenance.export.writer import prepare


def _run_batch(batch: Batch, out_dir: str, loader: RulesLoader, max_bytes: int) -> BatchResult:
    return export_batch(batch.batch_id, batch.items, Path(out_dir), loader, max_bytes)


def export_dask(
    paths: Sequence[str | Path],
    out_dir: Path,
    *,
    client: Any = None,
    batch_size: int | None = None,
    run: str | None = None,
    catalog: Catalog | None = None,
    loader: RulesLoader = load_rulebook,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> ExportSummary:
    """Annotate the files on Dask and write the dataset; `client` is a distributed.Client (None: Dask's default).

    Raises ProvenanceError naming the research extra when dask is not installed, and before any task
    runs if the rules do not load here or the folder holds another schema version.
    """
    bag_module = require("dask.bag")
    batches = plan(paths, catalog, batch_size, run)
    rulebook(loader)  # a broken ruleset is reported once, here, not by every worker
    prepare(out_dir)
    total = sum(len(b.items) for b in batches)
    bag = bag_module.from_sequence(batches, partition_size=1).map(
        _run_batch, out_dir=str(out_dir), loader=loader, max_bytes=max_bytes
    )
    if client is None:
        results: list[BatchResult] = list(bag.compute())
        if progress is not None:
            progress(total, total)
    else:
        results = _on_client(client, bag, loader, batches, progress)
    problems: list[Problem] = [p for r in results for p in r.problems]
    return ExportSummary(sum(r.documents for r in results), tuple(r.batch_id for r in results), tuple(problems))


def _on_client(
    client: Any, bag: Any, loader: RulesLoader, batches: list[Batch], progress: Progress | None
) -> list[BatchResult]:
    """Run on a distributed cluster, reporting each batch as it finishes; results in batch order."""
    distributed = require("distributed")
    from provenance.export.dask_plugin import RulesPlugin

    client.register_plugin(RulesPlugin(loader))
    futures = client.compute(bag.to_delayed())
    sizes = {future.key: len(batch.items) for future, batch in zip(futures, batches, strict=True)}
    done = 0
    for future in distributed.as_completed(futures):
        done += sizes[future.key]
        if progress is not None:
            progress(done, sum(sizes.values()))
    return [result for part in client.gather(futures) for result in part]

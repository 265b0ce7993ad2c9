"""How a run over many files is cut into batches: the same cut for one process, a pool or a cluster.

The cut depends only on the list of paths and the batch size, never on the number of workers, so
every engine writes the same files with the same names and the same rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem
from provenance.export.meta import Catalog, DocMeta, meta_for

# Below this many articles a part per batch would be tiny; above the largest, a worker's batch
# (held in memory until written) would stop being small. Between, an archive is cut in ~32 parts
# so a pool or a small cluster has several batches per worker to balance.
SMALLEST_BATCH = 25
LARGEST_BATCH = 1000
TARGET_PARTS = 32

Item = tuple[str, DocMeta]


@dataclass(frozen=True, slots=True)
class Batch:
    """One batch: its id (the part file name) and the files in it, with what the catalog says of them."""

    batch_id: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What a run wrote: articles, batch ids in order, and the files skipped or warned about."""

    documents: int
    batches: tuple[str, ...]
    problems: tuple[Problem, ...]


def default_batch_size(count: int) -> int:
    """Articles per batch for an archive of `count` articles."""
    return max(SMALLEST_BATCH, min(LARGEST_BATCH, -(-count // TARGET_PARTS)))


def run_id(paths: Sequence[str]) -> str:
    """A name for a run over these paths: the same inputs overwrite their own parts, other inputs add parts."""
    return hashlib.sha256("\n".join(paths).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def plan(
    paths: Sequence[str | Path],
    catalog: Catalog | None = None,
    batch_size: int | None = None,
    run: str | None = None,
) -> list[Batch]:
    """Cut the paths, in the order given, into batches named `<run>-<index>`."""
    names = [str(p) for p in paths]
    size = batch_size if batch_size is not None else default_batch_size(len(names))
    if size < 1:
        raise ValueError("batch size must be at least 1")
    prefix = run if run is not None else run_id(names)
    items = [(name, meta_for(name, catalog)) for name in names]
    return [
        Batch(f"{prefix}-{index:05d}", tuple(items[start : start + size]))
        for index, start in enumerate(range(0, len(items), size))
    ]

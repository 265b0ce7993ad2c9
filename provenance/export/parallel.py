"""Export files on one machine with every core: workers annotate, this process writes the batches in order.

Workers load the rules once, in the pool initializer (and under `fork` they inherit the rules this
process loaded to check them, so they build nothing). Files go to workers a few at a time and come
back in input order (`imap`), so the progress callback moves steadily, the load stays even, and the
batches written are the same as `plan` cuts for any number of workers, which is the same as the Dask
run writes. At most one batch of rows is held here; earlier ones are already on disk.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from provenance import load_rulebook
from provenance.errors import Problem
from provenance.export.meta import Catalog
from provenance.export.plan import ExportSummary, Item, plan
from provenance.export.rows import empty, extend
from provenance.export.worker import MAX_BYTES, Outcome, RulesLoader, annotate_path, rulebook
from provenance.export.writer import prepare, write_rows

Progress = Callable[[int, int], None]  # (files done, files in all)

# Set once per pool worker by the initializer: Pool passes nothing else from the initializer to tasks.
_SETTINGS: tuple[RulesLoader, int] | None = None


def _init_worker(loader: RulesLoader, max_bytes: int) -> None:
    global _SETTINGS
    # The parent handles Ctrl-C and terminates the pool; workers printing tracebacks would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _SETTINGS = (loader, max_bytes)
    rulebook(loader)


def _work(item: Item) -> Outcome:
    assert _SETTINGS is not None, "worker used before its initializer ran"
    loader, max_bytes = _SETTINGS
    return annotate_path(item[0], item[1], loader, max_bytes)


def export_paths(
    paths: Sequence[str | Path],
    out_dir: Path,
    *,
    jobs: int | None = None,
    batch_size: int | None = None,
    run: str | None = None,
    catalog: Catalog | None = None,
    loader: RulesLoader = load_rulebook,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> ExportSummary:
    """Annotate the files and write the dataset; jobs=None uses every core, jobs=1 stays in this process.

    Raises ProvenanceError before writing anything if the rules do not load or the folder holds another
    schema version. On Ctrl-C (KeyboardInterrupt) the batches written so far stay, whole.
    """
    batches = plan(paths, catalog, batch_size, run)
    items = [item for batch in batches for item in batch.items]
    rulebook(loader)  # a broken ruleset is reported once, here, not in every worker
    prepare(out_dir)
    workers = max(1, min(jobs if jobs is not None else (os.cpu_count() or 1), len(items)))
    pool = None
    try:
        if workers == 1:
            outcomes: Iterator[Outcome] = (annotate_path(path, meta, loader, max_bytes) for path, meta in items)
        else:
            import multiprocessing

            pool = multiprocessing.get_context().Pool(workers, _init_worker, (loader, max_bytes))
            # Small chunks keep the callback moving and the load even; imap keeps input order.
            outcomes = pool.imap(_work, items, chunksize=max(1, min(8, len(items) // (workers * 8))))
        done = 0
        documents = 0
        problems: list[Problem] = []
        for batch in batches:
            rows = empty()
            for _ in batch.items:
                outcome = next(outcomes)
                problems.extend(outcome.problems)
                if outcome.rows is not None:
                    extend(rows, outcome.rows)
                done += 1
                if progress is not None:
                    progress(done, len(items))
            write_rows(out_dir, rows, batch.batch_id)
            documents += len(rows["documents"])
        if pool is not None:
            pool.close()
    finally:
        if pool is not None:
            pool.terminate()  # a no-op after close() once the work is done; stops workers on Ctrl-C or error
            pool.join()
    return ExportSummary(documents, tuple(b.batch_id for b in batches), tuple(problems))

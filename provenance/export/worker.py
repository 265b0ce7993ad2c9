"""The work one process does for an export: read, annotate and tabulate articles, with its rules loaded once.

A Rulebook is costly to build and to pickle (compiled automata, built lazily), so it never travels:
tasks carry a *loader* (a picklable zero-argument callable, by default `provenance.load_rulebook`)
and each process builds the rules the first time it meets that loader, then keeps them in a
module-level cache for every later task. This is what makes a pool worker, a Dask worker, a Spark
executor or a Ray actor load the rules once rather than once per task.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance import annotate, load_rulebook
from provenance.errors import Problem, ProvenanceError
from provenance.export.meta import Catalog, DocMeta, meta_for
from provenance.export.plan import run_id
from provenance.export.rows import TableRows, document_rows, empty, extend
from provenance.export.writer import write_rows
from provenance.io.reader import read_article
from provenance.ruleset.rulebook import Rulebook

RulesLoader = Callable[[], Rulebook]
MAX_BYTES = 10_000_000  # the same limit as `provenance report`: a multi-megabyte "article" is not one

# Per-process state: the rules each loader built here, and how many times one was built (for tests).
_BOOKS: dict[RulesLoader, Rulebook] = {}
_LOADS: list[int] = [0]


def rulebook(loader: RulesLoader = load_rulebook) -> Rulebook:
    """The rules this loader gives, built at most once in this process."""
    book = _BOOKS.get(loader)
    if book is None:
        book = _BOOKS[loader] = loader()
        _LOADS[0] += 1
    return book


def loads() -> int:
    """How many times this process has built a Rulebook."""
    return _LOADS[0]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's rows, or why it has none."""

    path: str
    rows: TableRows | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a written batch holds: its id, how many articles, and the inputs that were skipped or warned."""

    batch_id: str
    documents: int
    problems: tuple[Problem, ...]


def annotate_path(path: str, meta: DocMeta, loader: RulesLoader = load_rulebook, max_bytes: int = MAX_BYTES) -> Outcome:
    """Read and annotate one file into rows; a file that cannot be read or annotated becomes a problem."""
    try:
        # The reader every other command uses: the same encodings, binary-file check, size cap and messages.
        article = read_article(path, max_bytes)
    except ProvenanceError as exc:
        return Outcome(path, None, tuple(exc.problems))
    text, warnings = article.text, article.warnings
    try:
        doc = annotate(text, rulebook(loader), path)
    except Exception as exc:  # one bad article must not end a run over thousands
        message = f"internal error while annotating ({type(exc).__name__}: {exc}); please report it"
        return Outcome(path, None, (Problem(path, message),))
    if warnings:
        doc = dataclasses.replace(doc, warnings=warnings + doc.warnings)
    problems = tuple(Problem(path, w) for w in doc.warnings)
    return Outcome(path, document_rows(doc, meta), problems)


def export_batch(
    batch_id: str,
    items: Sequence[tuple[str, DocMeta]],
    out_dir: Path,
    loader: RulesLoader = load_rulebook,
    max_bytes: int = MAX_BYTES,
) -> BatchResult:
    """Annotate a batch of files and write its parts: the task a Dask, Spark or Ray worker runs."""
    rows = empty()
    problems: list[Problem] = []
    for path, meta in items:
        outcome = annotate_path(path, meta, loader, max_bytes)
        problems.extend(outcome.problems)
        if outcome.rows is not None:
            extend(rows, outcome.rows)
    write_rows(out_dir, rows, batch_id)
    return BatchResult(batch_id, len(rows["documents"]), tuple(problems))


def export_texts(
    texts: Iterable[tuple[str, str]],
    out_dir: Path,
    batch_id: str | None = None,
    loader: RulesLoader = load_rulebook,
    catalog: Catalog | None = None,
) -> BatchResult:
    """Annotate (path, text) pairs another engine has read and write them as one batch (Spark, Ray).

    Without a batch_id the batch is named from its paths, so a retried task overwrites its own parts
    instead of adding a second copy of its rows.
    """
    book = rulebook(loader)
    rows = empty()
    names: list[str] = []
    problems: list[Problem] = []
    for path, text in texts:
        names.append(path)
        try:
            doc = annotate(text, book, path)
        except Exception as exc:  # one bad article must not fail the engine's task (and its retries)
            problems.append(Problem(path, f"internal error while annotating ({type(exc).__name__}: {exc})"))
            continue
        problems.extend(Problem(path, w) for w in doc.warnings)
        extend(rows, document_rows(doc, meta_for(path, catalog)))
    name = batch_id if batch_id is not None else f"t{run_id(names)}"
    write_rows(out_dir, rows, name)
    return BatchResult(name, len(rows["documents"]), tuple(problems))

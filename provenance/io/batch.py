"""Annotate many articles, in worker processes when asked, with results in input order.

Where processes fork (Linux), the parent loads the Rulebook once, builds its lazy tables (term
automata, regexes, the syllable dictionaries) on a short warm-up text, and forks the workers after
that: they inherit the compiled rules instead of loading them again. Every process, the parent among
them, claims the next article from a shared counter (`io/workers.py`), and results come back in input
order. Elsewhere each worker loads the rules once from a picklable `BookSpec` in the pool initializer.
Ctrl-C terminates the pool and raises `Interrupted(done, total)`; the CLI turns it into a one-line
message and exit code 130 (the shell convention for SIGINT).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.core.annotate import annotate
from provenance.errors import Problem, ProvenanceError
from provenance.io.fetch import FetchSettings
from provenance.io.inputs import read_inputs, read_one
from provenance.io.paths import STDIN, collect_paths
from provenance.io.reader import DEFAULT_MAX_BYTES, Article, read_article
from provenance.io.warc import is_warc
from provenance.model import Document
from provenance.ruleset.cache import RulesetCache
from provenance.ruleset.loader import Pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from rich.progress import Progress

    from provenance.io.workers import Forked

__all__ = ["BookSpec", "Interrupted", "Outcome", "Settings", "annotate_article", "annotate_paths", "collect_paths"]


@dataclass(frozen=True, slots=True)
class BookSpec:
    """What a worker needs to rebuild the Rulebook: the packs and the rule ids switched off."""

    packs: tuple[Pack, ...]
    disabled: tuple[str, ...] = ()

    def load(self) -> Rulebook:
        """Load and validate the rules; raises ProvenanceError listing every problem."""
        return load_rulebook(list(self.packs), self.disabled, cache=RulesetCache.for_user())


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's result: the Document (None if the file could not be read) and its problems."""

    path: str
    document: Document | None
    problems: tuple[Problem, ...]


class Interrupted(Exception):
    """Raised when the user stops a batch (Ctrl-C), saying how far it got."""

    def __init__(self, done: int, total: int) -> None:
        self.done = done
        self.total = total
        super().__init__(f"interrupted after {done} of {total} files")


@dataclass(frozen=True, slots=True)
class Settings:
    """How each article of a batch is read and annotated."""

    readability: bool
    input_format: str
    max_bytes: int
    whole_page: bool = False  # web pages: read every part of the page, not only the main text
    fetch: FetchSettings | None = None  # how web addresses are fetched (None: the defaults, no cache)

    @property
    def fetching(self) -> FetchSettings:
        """Fetch settings with this batch's size cap."""
        return replace(self.fetch or FetchSettings(), max_bytes=self.max_bytes)


def annotate_article(article: Article, book: Rulebook, settings: Settings) -> Outcome:
    """Annotate one article that has been read; an internal error becomes a problem, not a lost batch."""
    problems = tuple(Problem(article.path, w) for w in article.warnings)
    try:
        doc = annotate(
            article.text,
            book,
            article.path,
            input_format=settings.input_format,
            readability=settings.readability,
            main_text_only=not settings.whole_page,
        )
    except Exception as exc:  # one bad article must not end a batch of hundreds
        message = f"internal error while annotating ({type(exc).__name__}: {exc}); please report it"
        return Outcome(article.path, None, (*problems, Problem(article.path, message)))
    # Keep the core's own warnings (a pattern rule stopped on its time budget) next to the reader's.
    warnings = article.warnings + doc.warnings
    problems += tuple(Problem(article.path, w) for w in doc.warnings)
    return Outcome(article.path, replace(doc, warnings=warnings), problems)


def _annotate_item(item: _Item, book: Rulebook, settings: Settings) -> Outcome:
    if isinstance(item, Outcome):
        return item
    if isinstance(item, Article):
        return annotate_article(item, book, settings)
    try:
        article = read_one(str(item), settings.fetching)
    except ProvenanceError as exc:
        return Outcome(str(item), None, tuple(exc.problems))
    except Exception as exc:  # as in annotate_article: one unreadable input must not end the batch, wherever it ran
        message = f"internal error while reading ({type(exc).__name__}: {exc}); please report it"
        return Outcome(str(item), None, (Problem(str(item), message),))
    return annotate_article(article, book, settings)


# Per-process state of a pool worker, set once by the initializer: the one place where a module
# global is needed, because Pool passes nothing else from the initializer to the tasks.
_WORKER: tuple[Rulebook, Settings] | None = None


def _init_worker(spec: BookSpec, settings: Settings) -> None:
    global _WORKER
    # The parent handles Ctrl-C and terminates the pool; workers printing tracebacks would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = (spec.load(), settings)


# Short, but it reaches every lazily built table: terms, attribution and pattern words, and a word missing from the
# pronouncing dictionary (so the hyphenation fallback loads too).
_WARM_UP = "“The regime did not respond to a request for comment,” the minister said, according to Qzxrvanty."


def _warm(book: Rulebook, settings: Settings) -> None:
    """Build what the rules and stages build on first use, so forked workers inherit it instead of each building it."""
    for rule in book.rules:
        for pattern in getattr(rule, "patterns", ()):
            pattern.compiled()
    annotate(_WARM_UP, book, "warm-up.txt", input_format="text", readability=settings.readability)


def default_jobs(count: int) -> int:
    """Worker processes for a batch of `count` articles when --jobs is not given: every core this process may use,
    but one process for a handful of articles, where starting workers costs more than it saves."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, count // _ARTICLES_PER_WORKER))


_ARTICLES_PER_WORKER = 8


def _work(item: _Item) -> Outcome:
    assert _WORKER is not None, "worker used before its initializer ran"
    return _annotate_item(item, *_WORKER)


class _NoBar:
    """What the batch asks of a progress bar, doing nothing: rich.progress is not even imported."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: int) -> Any:
        return 0

    def advance(self, task: Any) -> None:
        return None


def _progress_bar(show: bool, count: int) -> Progress | _NoBar:
    if not show or count < 2 or not sys.stderr.isatty():
        return _NoBar()  # rich.progress costs a tenth of a second to import; a bar that would not show is free
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("annotating"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not (show and console.is_terminal),
    )


_Item = Path | str | Article | Outcome


def _stdin_item(max_bytes: int) -> _Item:
    # Standard input belongs to this process: read it here and hand the text to whichever worker.
    try:
        return read_article(STDIN, max_bytes)
    except ProvenanceError as exc:
        return Outcome("<stdin>", None, tuple(exc.problems))


def _items(paths: Sequence[Path | str], settings: Settings) -> list[_Item]:
    """One item per article: stdin read here, each web archive opened here into its records."""
    items: list[_Item] = []
    for path in paths:
        if str(path) == STDIN:
            items.append(_stdin_item(settings.max_bytes))
        elif is_warc(str(path)):
            for found in read_inputs(str(path), settings.fetching):
                items.append(found if isinstance(found, Article) else Outcome(found.path, None, (found,)))
        else:
            items.append(path)
    return items


def annotate_paths(
    paths: Sequence[Path | str],
    book_spec: BookSpec,
    *,
    jobs: int | None,
    progress: bool,
    readability: bool = True,
    input_format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    book: Rulebook | None = None,
    whole_page: bool = False,
    fetch: FetchSettings | None = None,
) -> Generator[Outcome, None, None]:
    """Yield one Outcome per path, in input order; jobs=None uses every core, jobs=1 stays in this process.

    `book` is book_spec's rules when the caller has already loaded them (workers still load the spec).

    Raises ProvenanceError (before yielding anything) if the rules do not load, and Interrupted on Ctrl-C.
    """
    settings = Settings(readability, input_format, max_bytes, whole_page, fetch)
    items = _items(paths, settings)
    workers = max(1, min(jobs if jobs is not None else default_jobs(len(items)), len(items)))
    # Loaded here even when workers do the work, so a broken ruleset is reported once, in this process,
    # instead of failing in every worker's initializer (where Pool would restart them forever).
    if book is None:
        book = book_spec.load()
    bar = _progress_bar(progress, len(items))
    done = 0
    pool = None
    results: Iterator[Outcome] = iter(())
    forked: Forked[_Item] | None = None
    try:
        if workers == 1:
            results = (_annotate_item(item, book, settings) for item in items)
        elif _can_fork():
            from provenance.io.workers import Forked  # multiprocessing loads only for a batch that forks

            _prepare_fork(book, settings)
            # Started here, before the progress bar's refresh thread exists: a fork must not copy a running thread.
            forked = Forked(items, partial(_annotate_item, book=book, settings=settings), workers - 1, _died)
            results = iter(forked)
        else:
            pool = _spawned_pool(workers, book_spec, settings)
            # One article per task, so results arrive in input order without waiting on a whole chunk.
            results = pool.imap(_work, items, chunksize=1)
        with bar:
            task = bar.add_task("annotating", total=len(items))
            for outcome in results:
                yield outcome
                done += 1
                bar.advance(task)
        if pool is not None:
            pool.close()
    except KeyboardInterrupt:
        raise Interrupted(done, len(items)) from None
    finally:
        if isinstance(results, Generator):
            results.close()
        if forked is not None:
            forked.stop()  # now, even when the consumer stopped reading early or the results were never read
        if pool is not None:
            pool.terminate()  # a no-op after close() once the work is done; stops workers on Ctrl-C or error
            pool.join()


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _prepare_fork(book: Rulebook, settings: Settings) -> None:
    """Build the rules' lazy tables here, so forked workers inherit them instead of each building them."""
    _warm(book, settings)
    gc.collect()
    gc.freeze()  # the inherited rules are never collected: no collection walks (and so copies) their pages


def _died(item: _Item, code: int) -> Outcome:
    path = item.path if isinstance(item, Article | Outcome) else str(item)
    how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
    return Outcome(path, None, (Problem(path, f"the worker process annotating this file died ({how}); skipped"),))


def _spawned_pool(workers: int, spec: BookSpec, settings: Settings) -> Pool:
    """Worker processes that each load the rules from the spec: where processes cannot fork (Windows)."""
    import multiprocessing

    return multiprocessing.get_context().Pool(workers, _init_worker, (spec, settings))

"""Entry points for the CLI: open what `--against`/`--index` name, trace articles, build and extend index files."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.model import Finding
from provenance.trace.index import AddStats, TraceIndex
from provenance.trace.rules import TraceRules
from provenance.trace.sources import Reader, SourceText, read_plain, read_sources
from provenance.trace.tracer import Tracer
from provenance.trace.types import TraceResult

if TYPE_CHECKING:
    from provenance.ruleset.rulebook import Rulebook

_SQLITE_MAGIC = b"SQLite format 3\x00"


def is_index_file(path: str | Path) -> bool:
    """Whether a path is an SQLite file (an index), as opposed to a text or a folder of texts."""
    p = Path(path)
    if not p.is_file():
        return False
    with p.open("rb") as handle:
        return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC


def open_against(against: Sequence[str | Path], read: Reader = read_plain, outlet: str | None = None) -> TraceIndex:
    """An index file given alone is opened; files and folders of texts are indexed in memory for this run."""
    if len(against) == 1 and is_index_file(against[0]):
        return TraceIndex.open(against[0])
    index = TraceIndex.in_memory()
    index.add(read_sources(against, read, outlet))
    return index


def build_index(
    paths: Iterable[str | Path], index_file: str | Path, read: Reader = read_plain, outlet: str | None = None
) -> AddStats:
    """`provenance index build DIR... -o INDEX`: a new index file of the texts under `paths` (replaces the file)."""
    with TraceIndex.create(index_file) as index:
        return index.add(read_sources(paths, read, outlet))


def add_to_index(
    index_file: str | Path, paths: Iterable[str | Path], read: Reader = read_plain, outlet: str | None = None
) -> AddStats:
    """`provenance index add INDEX PATH...`: add texts to an index (a path stored with other text is replaced)."""
    with TraceIndex.open(index_file) as index:
        return index.add(read_sources(paths, read, outlet))


def trace_sources(
    articles: Iterable[SourceText],
    index: TraceIndex,
    rules: TraceRules | None = None,
    rulebook: Rulebook | None = None,
    limit: int = 5,
) -> Iterable[TraceResult]:
    """`provenance trace ARTICLE... --against SOURCES`: one TraceResult per article, lazily, in order."""
    tracer = Tracer(index, rules, rulebook, limit)
    for article in articles:
        yield tracer.text(article.text, article.path)


def trace_findings(result: TraceResult) -> tuple[Finding, ...]:
    """The result's changes as Findings (category `trace`), for `check --fail-on` and the other renderers."""
    return result.findings()

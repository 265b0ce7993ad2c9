"""`provenance trace ARTICLE... --against SOURCES` and `provenance index build|add`: where words come from."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.cli.exits import ExitCode, say
from provenance.cli.rulebooks import rulebook
from provenance.errors import Problem, ProvenanceError
from provenance.io.reader import read_article
from provenance.model import Severity
from provenance.model.verdict import at_or_above

if TYPE_CHECKING:
    from provenance.trace.index import AddStats
    from provenance.trace.sources import SourceText
    from provenance.trace.types import TraceResult

def _read(path: Path) -> str:
    """Sources and articles are read as every command reads files (encodings, size cap, binary refused)."""
    return read_article(str(path)).text


def trace(
    articles: list[str],
    against: list[Path],
    fmt: str,
    limit: int,
    fail_on: Severity | None,
    families: bool,
    rules: list[Path],
    no_default_rules: bool,
    width: int | None,
) -> ExitCode:
    """Trace each article against the sources: origins ranked, passages aligned, changes as findings."""
    from provenance.trace.api import open_against, trace_sources
    from provenance.trace.sources import read_sources

    book = rulebook(rules, no_default_rules)
    try:
        texts = list(read_sources(articles, _read))
        if families:
            return _families(texts, against)
        index = open_against(against, _read)
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    failing = False
    with index:
        for result in trace_sources(texts, index, rulebook=book, limit=limit):
            FORMATS[fmt](result, width)
            failing = failing or bool(fail_on and at_or_above(result.findings(), fail_on))
    return ExitCode.FINDINGS if failing else ExitCode.OK


def _terminal(result: TraceResult, width: int | None) -> None:
    from provenance.render.console import make_console
    from provenance.trace.render_terminal import render_trace

    render_trace(result, make_console(sys.stdout, width, None))


def _json(result: TraceResult, width: int | None) -> None:
    from provenance.trace.render_json import trace_json

    sys.stdout.write(trace_json(result) + "\n")


def _markdown(result: TraceResult, width: int | None) -> None:
    from provenance.trace.render_markdown import trace_markdown

    sys.stdout.write(trace_markdown(result) + "\n")


# The output formats of `trace`, one signature; each imports its renderer only when used.
FORMATS: dict[str, Callable[[TraceResult, int | None], None]] = {
    "terminal": _terminal,
    "json": _json,
    "markdown": _markdown,
}


def _families(texts: Sequence[SourceText], against: list[Path]) -> ExitCode:
    """Over the articles and sources together: who republishes whom, as reuse families."""
    from provenance.trace.families import reuse_families
    from provenance.trace.render_markdown import families_markdown
    from provenance.trace.sources import read_sources

    every = [*texts, *read_sources(against, _read)]
    outlets = {t.path: t.outlet for t in every}
    sys.stdout.write(families_markdown(reuse_families(every), outlets.get) + "\n")
    return ExitCode.OK


def index_build(paths: list[Path], output: Path, outlet: str | None) -> ExitCode:
    """Index every text under `paths` into a new index file."""
    from provenance.trace.api import build_index

    return _indexed(lambda: build_index(paths, output, _read, outlet), output)


def index_add(index: Path, paths: list[Path], outlet: str | None) -> ExitCode:
    """Add texts to an existing index file."""
    from provenance.trace.api import add_to_index

    if not index.is_file():
        say([Problem(str(index), "no such index; build one with `provenance index build DIR -o INDEX`")])
        return ExitCode.ERROR
    return _indexed(lambda: add_to_index(index, paths, _read, outlet), index)


def _indexed(run: Callable[[], AddStats], index: Path) -> ExitCode:
    try:
        stats = run()
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    except OSError as exc:
        say([Problem(str(index), f"cannot write: {exc.strerror or exc}")])
        return ExitCode.ERROR
    sys.stderr.write(
        f"provenance: {index}: {stats.added} added, {stats.replaced} replaced, {stats.unchanged} unchanged\n"
    )
    return ExitCode.OK

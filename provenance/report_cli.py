"""`provenance report PATH...`: one Markdown (or JSON) report for a batch of articles.

Exit codes: 0 when at least one article was reported (files that could not be read are named on
stderr, listed in the report and counted in its summary); 2 when no file could be read, on a
ruleset or usage error, or when the output file cannot be written; 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from provenance.errors import Problem, ProvenanceError
from provenance.markup import INPUT_FORMATS
from provenance.model import Document
from provenance.reader import DEFAULT_MAX_BYTES
from provenance.render.options import RenderOptions

ReportWriter = Callable[[Sequence[Document], Sequence[Problem], TextIO, RenderOptions], None]
EXIT_ERROR, EXIT_INTERRUPTED = 2, 130


def _markdown(docs: Sequence[Document], skipped: Sequence[Problem], stream: TextIO, options: RenderOptions) -> None:
    from provenance.render.markdown import write_report

    write_report(docs, skipped, stream, options)


def _json(docs: Sequence[Document], skipped: Sequence[Problem], stream: TextIO, options: RenderOptions) -> None:
    from provenance.render.corpus_json import write_report

    write_report(docs, skipped, stream, options)


# Report writers also take the files that were skipped, which the summary counts.
REPORTS: dict[str, ReportWriter] = {"markdown": _markdown, "json": _json}


class ReportFormat(StrEnum):
    """Output formats of `report`."""

    markdown = "markdown"
    json = "json"


class InputFormat(StrEnum):
    """How articles are read (see provenance/markup.py)."""

    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"


assert tuple(InputFormat) == INPUT_FORMATS


def write_atomically(output: Path, render: Callable[[TextIO], None]) -> None:
    """Write to a temporary file in the output's folder, then rename it over the output in one step."""
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise ProvenanceError(Problem(str(output), f"output folder {folder} does not exist"))
    handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            render(stream)
        os.replace(temp, output)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def report(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH...", help="Article files, folders (searched recursively), globs; '-' is stdin."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report here (default: stdout).")
    ] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", metavar="FORMAT", help="markdown (default) or json.")
    ] = ReportFormat.markdown,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (default: all cores).")
    ] = None,
    rules: Annotated[
        list[Path] | None, typer.Option("--rules", metavar="FOLDER", help="Extra rules folder (a pack); repeatable.")
    ] = None,
    no_default_rules: Annotated[bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")] = False,
    disable: Annotated[
        list[str] | None,
        typer.Option(
            "--disable", metavar="RULE", help="Rule id or id prefix to switch off (default.loaded); repeatable."
        ),
    ] = None,
    publisher: Annotated[
        str | None, typer.Option(metavar="NAME", help="Name at the root of each source chain.")
    ] = None,
    input_format: Annotated[
        InputFormat,
        typer.Option("--input-format", metavar="FORMAT", help="auto (by suffix: .md, .html), text, markdown or html."),
    ] = InputFormat.auto,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on a terminal.")] = True,
    max_bytes: Annotated[int, typer.Option(metavar="BYTES", help="Skip files larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Annotate a batch of articles and write one report: corpus summary, then a section per article."""
    from provenance.batch import BookSpec, Interrupted, annotate_paths, collect_paths
    from provenance.cli import packs, rulebook
    from provenance.cli import report as show

    if disable:
        rulebook(rules or [], no_default_rules, disable)  # exits 2 on a prefix that matches no rule
    found, skipped = collect_paths(paths)
    show(skipped)
    docs: list[Document] = []
    try:
        spec = BookSpec(tuple(packs(rules or [], no_default_rules)), tuple(disable or ()))
        outcomes = annotate_paths(
            found, spec, jobs=jobs, progress=progress, input_format=str(input_format.value), max_bytes=max_bytes
        )
        for done, outcome in enumerate(outcomes):
            try:
                show(list(outcome.problems))
                if outcome.document is None:
                    skipped += outcome.problems
                else:
                    docs.append(outcome.document)
            except KeyboardInterrupt:
                # Ctrl-C between two outcomes lands here, not in annotate_paths: stop its pool, say the same.
                outcomes.close()
                raise Interrupted(done, len(found)) from None
    except ProvenanceError as exc:
        show(exc.problems)
        raise typer.Exit(EXIT_ERROR) from None
    except Interrupted as exc:
        sys.stderr.write(f"provenance: {exc}; no report written\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if not docs:
        sys.stderr.write("provenance: no article could be read; no report written\n")
        raise typer.Exit(EXIT_ERROR)
    options = RenderOptions(publisher=publisher)
    writer = REPORTS[fmt.value]
    if output is None:
        writer(docs, skipped, sys.stdout, options)
    else:
        try:
            write_atomically(output, lambda stream: writer(docs, skipped, stream, options))
        except ProvenanceError as exc:
            show(exc.problems)
            raise typer.Exit(EXIT_ERROR) from None
        except OSError as exc:
            show([Problem(str(output), f"cannot write: {exc.strerror or exc}")])
            raise typer.Exit(EXIT_ERROR) from None
    if skipped:
        sys.stderr.write(f"provenance: {len(docs)} articles reported, {len(skipped)} files skipped\n")

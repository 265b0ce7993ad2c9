"""`provenance annotate PATH...`: read each article, annotate it, write it in the chosen format."""

from __future__ import annotations

import gc
import io
import os
import sys
from dataclasses import replace
from pathlib import Path

from provenance.cli.exits import ExitCode, Stop, quiet_broken_pipe, say, stop_interrupted
from provenance.cli.rulebooks import rulebook
from provenance.errors import Problem, ProvenanceError
from provenance.io.batch import Outcome, Settings, annotate_article
from provenance.io.inputs import read_inputs
from provenance.io.output import write_atomically
from provenance.io.reader import Article
from provenance.render.annotate import FORMATS, AnnotateWriter
from provenance.render.options import RenderOptions
from provenance.ruleset.rulebook import Rulebook


def annotate(
    paths: list[str],
    fmt: str,
    rules: list[Path],
    no_default_rules: bool,
    disable: list[str],
    options: RenderOptions,
    settings: Settings,
    pager: bool = False,
    output: Path | None = None,
) -> ExitCode:
    """Annotate articles one by one; 2 if any could not be read or annotated."""
    if output is not None:
        return _to_file(output, paths, fmt, rules, no_default_rules, disable, options, settings)
    if pager and fmt == "terminal" and sys.stdout.isatty():
        return _paged(paths, fmt, rules, no_default_rules, disable, options, settings)
    book = rulebook(rules, no_default_rules, disable)
    # The rulebook and the modules live as long as the process: moved out of the collector's sight, they are
    # not walked again by every full collection a batch's millions of short-lived objects trigger (~5% CPU).
    gc.freeze()
    writer = FORMATS[fmt]
    failed = False
    for done, path in enumerate(paths):
        try:
            failed = not _annotate_one(path, book, writer, options, settings) or failed
        except KeyboardInterrupt:
            raise stop_interrupted(done, len(paths), path) from None
    return ExitCode.ERROR if failed else ExitCode.OK


def _annotate_one(
    path: str, book: Rulebook, writer: AnnotateWriter, options: RenderOptions, settings: Settings
) -> bool:
    """Read, annotate and write the article a path or URL names (each one of an archive); False if one failed."""
    ok = True
    for found in read_inputs(path, settings.fetching):
        if isinstance(found, Problem):
            say([found])
            ok = False
            continue
        outcome = annotate_article(found, book, settings)
        say(outcome.problems)
        if outcome.document is None:
            ok = False
            continue
        try:
            writer([outcome.document], sys.stdout, options)
            sys.stdout.flush()
        except (BrokenPipeError, SystemExit):
            # rich handles a broken pipe itself by raising SystemExit(1); 1 would mean "findings" here.
            quiet_broken_pipe()
            raise Stop(ExitCode.ERROR) from None
    return ok


def _paged(
    paths: list[str],
    fmt: str,
    rules: list[Path],
    no_default_rules: bool,
    disable: list[str],
    options: RenderOptions,
    settings: Settings,
) -> ExitCode:
    """Render everything first (in colour, at the screen's width), then page it if it is taller than the screen."""
    import shutil

    from provenance.io.pager import page

    real = sys.stdout
    buffer = io.StringIO()
    width = options.width or shutil.get_terminal_size().columns
    colour = options.color if options.color is not None else ("NO_COLOR" not in os.environ or None)
    sys.stdout = buffer
    try:
        code = annotate(
            paths, fmt, rules, no_default_rules, disable, replace(options, width=width, color=colour), settings
        )
    finally:
        sys.stdout = real
    if not page(buffer.getvalue()):
        real.write(buffer.getvalue())
    return code


def _to_file(
    output: Path,
    paths: list[str],
    fmt: str,
    rules: list[Path],
    no_default_rules: bool,
    disable: list[str],
    options: RenderOptions,
    settings: Settings,
) -> ExitCode:
    """Annotate every article, then write them all to one file in one step (an HTML page holds them all)."""
    book = rulebook(rules, no_default_rules, disable)
    docs = []
    failed = False
    for done, path in enumerate(paths):
        try:
            for found in read_inputs(path, settings.fetching):
                outcome = (
                    annotate_article(found, book, settings)
                    if isinstance(found, Article)
                    else Outcome(found.path, None, (found,))
                )
                say(outcome.problems)
                if outcome.document is None:
                    failed = True
                else:
                    docs.append(outcome.document)
        except KeyboardInterrupt:
            raise stop_interrupted(done, len(paths), path) from None
    if not docs:
        return ExitCode.ERROR
    writer = FORMATS[fmt]
    try:
        write_atomically(output, lambda stream: writer(docs, stream, options))
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    except OSError as exc:
        say([Problem(str(output), f"cannot write: {exc.strerror or exc}")])
        return ExitCode.ERROR
    return ExitCode.ERROR if failed else ExitCode.OK

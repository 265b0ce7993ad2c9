"""`provenance annotate PATH...`: read each article, annotate it, write it in the chosen format."""

from __future__ import annotations

import gc
import io
import os
import sys
from dataclasses import replace
from pathlib import Path

from provenance.cli.exits import ExitCode, Stop, say, stop_interrupted
from provenance.cli.rulebooks import rulebook
from provenance.errors import ProvenanceError
from provenance.io.batch import Settings, annotate_article
from provenance.io.output import write_output, write_stdout
from provenance.io.reader import read_article
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
    """Read, annotate and write one article; False (after saying why) if it could not be done."""
    try:
        article = read_article(path, settings.max_bytes)
    except ProvenanceError as exc:
        say(exc.problems)
        return False
    outcome = annotate_article(article, book, settings)
    say(outcome.problems)
    if outcome.document is None:
        return False
    document = outcome.document
    try:
        if not write_stdout(lambda stream: writer([document], stream, options)):
            raise Stop(ExitCode.ERROR)  # the reader has gone (`| head`); 1 would mean "findings"
    except ProvenanceError as exc:
        say(exc.problems)
        raise Stop(ExitCode.ERROR) from None
    return True


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
            article = read_article(path, settings.max_bytes)
        except ProvenanceError as exc:
            say(exc.problems)
            failed = True
            continue
        except KeyboardInterrupt:
            raise stop_interrupted(done, len(paths), path) from None
        outcome = annotate_article(article, book, settings)
        say(outcome.problems)
        if outcome.document is None:
            failed = True
        else:
            docs.append(outcome.document)
    if not docs:
        return ExitCode.ERROR
    writer = FORMATS[fmt]
    try:
        write_output(output, lambda stream: writer(docs, stream, options))
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        sys.stderr.write(f"provenance: interrupted while writing {output}; nothing written\n")
        return ExitCode.INTERRUPTED
    return ExitCode.ERROR if failed else ExitCode.OK

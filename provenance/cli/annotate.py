"""`provenance annotate PATH...`: read each article, annotate it, write it in the chosen format."""

from __future__ import annotations

import gc
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from provenance.cli.exits import ExitCode, Stop, say, stop_interrupted
from provenance.cli.rulebooks import rulebook
from provenance.errors import ProvenanceError
from provenance.io.batch import Outcome, Settings, annotate_article
from provenance.io.inputs import read_inputs
from provenance.io.output import write_output, write_stdout
from provenance.io.reader import Article
from provenance.model import Document
from provenance.render.annotate import FORMATS
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
    book = rulebook(rules, no_default_rules, disable)
    # The rulebook and the modules live as long as the process: moved out of the collector's sight, they are
    # not walked again by every full collection a batch's millions of short-lived objects trigger (~5% CPU).
    gc.freeze()
    read = _Reading(paths, book, settings)
    if output is not None:
        return _to_file(output, read, fmt, options)
    if pager and fmt == "terminal" and sys.stdout.isatty():
        return _paged(read, fmt, options)
    return _to_stdout(read, fmt, options)


def _to_stdout(read: _Reading, fmt: str, options: RenderOptions) -> ExitCode:
    """Write each article as soon as it is annotated."""
    writer = FORMATS[fmt]
    try:
        for doc in read.documents():
            if not write_stdout(lambda stream, doc=doc: writer([doc], stream, options)):  # type: ignore[misc]
                raise Stop(ExitCode.ERROR)  # the reader has gone (`| head`); 1 would mean "findings"
    except ProvenanceError as exc:
        say(exc.problems)
        raise Stop(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        raise read.interrupted() from None
    return ExitCode.ERROR if read.failed else ExitCode.OK


class _Reading:
    """The articles the arguments name (a path, a URL, each record of an archive), annotated one at a time."""

    def __init__(self, paths: list[str], book: Rulebook, settings: Settings) -> None:
        self.paths, self.book, self.settings = paths, book, settings
        self.failed = False  # an input could not be read or annotated (said on stderr as it happened)
        self.done = 0  # arguments finished

    def documents(self) -> Iterator[Document]:
        """Each Document in argument order (Ctrl-C: see `interrupted`)."""
        for done, path in enumerate(self.paths):
            self.done = done
            for found in read_inputs(path, self.settings.fetching):
                outcome = (
                    annotate_article(found, self.book, self.settings)
                    if isinstance(found, Article)
                    else Outcome(found.path, None, (found,))
                )
                say(outcome.problems)
                if outcome.document is None:
                    self.failed = True
                else:
                    yield outcome.document

    def interrupted(self) -> Stop:
        """Ctrl-C: say how far the reading got; the caller raises the Stop (exit 130)."""
        current = self.paths[self.done] if self.paths else "-"
        return stop_interrupted(self.done, len(self.paths), current)


def _paged(read: _Reading, fmt: str, options: RenderOptions) -> ExitCode:
    """Render everything first (in colour, at the screen's width), then page it if it is taller than the screen."""
    import shutil

    from provenance.io.pager import page

    real = sys.stdout
    buffer = io.StringIO()
    width = options.width or shutil.get_terminal_size().columns
    colour = options.color if options.color is not None else ("NO_COLOR" not in os.environ or None)
    sys.stdout = buffer
    try:
        code = _to_stdout(read, fmt, replace(options, width=width, color=colour))
    finally:
        sys.stdout = real
    if not page(buffer.getvalue()):
        real.write(buffer.getvalue())
    return code


def _to_file(output: Path, read: _Reading, fmt: str, options: RenderOptions) -> ExitCode:
    """Annotate every article, then write them all to one file in one step (an HTML page holds them all)."""
    try:
        docs = list(read.documents())
    except KeyboardInterrupt:
        raise read.interrupted() from None
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
    return ExitCode.ERROR if read.failed else ExitCode.OK

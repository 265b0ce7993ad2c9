"""The command line: parse arguments, call the core, hand results to a renderer. Nothing else."""

from __future__ import annotations

import gc
import os
import re
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from provenance.errors import Problem, ProvenanceError
from provenance.reader import DEFAULT_MAX_BYTES, read_article
from provenance.render import FORMATS, Writer
from provenance.render.options import RenderOptions
from provenance.ruleset.cache import RulesetCache
from provenance.ruleset.loader import Pack, is_disabled, load_rulebook, user_packs
from provenance.ruleset.rulebook import Rulebook

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Who said what in a news article, and how.")

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


def _version(value: bool) -> None:
    if value:
        from provenance import __version__

        sys.stdout.write(f"provenance {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Who said what in a news article, relayed by whom, and in what words."""


class Format(StrEnum):
    """Output formats of `annotate`."""

    terminal = "terminal"
    json = "json"


RulesOption = Annotated[
    list[Path] | None, typer.Option("--rules", metavar="FOLDER", help="Extra rules folder (a pack); repeatable.")
]
NoDefault = Annotated[bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")]


def report(problems: list[Problem]) -> None:
    """Write problems to stderr, one per line, with control characters made inert."""
    for problem in problems:
        line = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "\N{REPLACEMENT CHARACTER}", str(problem))
        sys.stderr.write(f"provenance: {line}\n")


def packs(extra: list[Path], no_default: bool) -> list[Pack]:
    """The default pack (unless left out) and one pack per extra folder or file (with its pack.yaml, if any)."""
    return user_packs(extra, no_default)


DisableOption = Annotated[
    list[str] | None,
    typer.Option(
        "--disable", metavar="RULE", help="Rule id or id prefix to switch off, e.g. default.loaded; repeatable."
    ),
]


def rulebook(extra: list[Path], no_default: bool, disable: list[str] | None = None) -> Rulebook:
    """Load the default pack and any extra folders minus `disable`; exits 2 listing every problem."""
    try:
        book = load_rulebook(packs(extra, no_default), cache=RulesetCache.for_user())
    except ProvenanceError as exc:
        report(exc.problems)
        raise typer.Exit(EXIT_ERROR) from None
    # A mistyped prefix would silently disable nothing: say so, as pack.yaml's `disable:` does.
    unknown = [p for p in disable or () if not any(is_disabled(r.meta.id, [p]) for r in book.rules)]
    if unknown:
        report([Problem("--disable", f"'{p}' matches no rule id (see `provenance rules list`)") for p in unknown])
        raise typer.Exit(EXIT_ERROR)
    return Rulebook(tuple(r for r in book.rules if not is_disabled(r.meta.id, disable))) if disable else book


@app.command()
def annotate(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Article files; '-' reads standard input.")],
    output: Annotated[
        Format, typer.Option("--format", "-f", metavar="FORMAT", help="terminal or json (JSON Lines).")
    ] = Format.terminal,
    rules: RulesOption = None,
    no_default_rules: NoDefault = False,
    disable: DisableOption = None,
    publisher: Annotated[
        str | None, typer.Option(metavar="NAME", help="Name at the root of the attribution chain.")
    ] = None,
    width: Annotated[int | None, typer.Option(metavar="COLUMNS", help="Terminal width (default: detect).")] = None,
    readability: Annotated[bool, typer.Option(help="Compute readability figures.")] = True,
    max_bytes: Annotated[int, typer.Option(metavar="BYTES", help="Refuse files larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Annotate articles: attribution chains, loaded terms, missing-comment notes."""
    book = rulebook(rules or [], no_default_rules, disable)
    # The rulebook and the modules live as long as the process: moved out of the collector's sight, they are
    # not walked again by every full collection a batch's millions of short-lived objects trigger (~5% CPU).
    gc.freeze()
    writer = FORMATS[output.value]
    options = RenderOptions(width=width, publisher=publisher)
    failed = False
    for done, path in enumerate(paths):
        try:
            failed = not _annotate_one(path, book, writer, options, max_bytes, readability) or failed
        except KeyboardInterrupt:
            interrupted(done, len(paths), path)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)


def _annotate_one(
    path: str, book: Rulebook, writer: Writer, options: RenderOptions, max_bytes: int, readability: bool
) -> bool:
    """Read, annotate and write one article; False (after saying why) if it could not be done."""
    from provenance.pipeline import annotate_text

    try:
        article = read_article(path, max_bytes)
    except ProvenanceError as exc:
        report(exc.problems)
        return False
    try:
        doc = annotate_text(article.text, book, article.path, readability=readability)
    except Exception as exc:  # a bug on one article must not lose the rest of the batch
        report([Problem(article.path, f"internal error ({type(exc).__name__}: {exc}); skipped, please report it")])
        return False
    warnings = article.warnings + doc.warnings
    report([Problem(article.path, w) for w in warnings])
    try:
        writer([replace(doc, warnings=warnings)], sys.stdout, options)
        sys.stdout.flush()
    except (BrokenPipeError, SystemExit):
        # rich handles a broken pipe itself by raising SystemExit(1); 1 would mean "findings" here.
        quiet_broken_pipe()
        raise typer.Exit(EXIT_ERROR) from None
    return True


def interrupted(done: int, total: int, current: str) -> NoReturn:
    """Ctrl-C in a batch: say how far it got and exit 130 (128 + SIGINT), without a traceback."""
    sys.stderr.write(f"provenance: interrupted at {current}: {done} of {total} files done\n")
    raise typer.Exit(EXIT_INTERRUPTED)


def quiet_broken_pipe() -> None:
    """The reader of our output has gone (`| head`): send the rest to /dev/null so exiting stays silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _add_subcommands() -> None:
    from provenance.check_cli import check
    from provenance.eval_cli import eval_app
    from provenance.explain_cli import explain
    from provenance.report_cli import report as report_command
    from provenance.rules_cli import rules_app

    app.add_typer(rules_app, name="rules")
    app.add_typer(eval_app, name="eval")
    app.command("report")(report_command)
    app.command("check")(check)
    app.command("explain")(explain)


_add_subcommands()


def main() -> None:
    """Console-script entry point."""
    app()

"""`provenance rules ...`: validate rulesets and run their examples."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from provenance.errors import Problem, ProvenanceError
from provenance.ruleset.loader import Pack, default_pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook

rules_app = typer.Typer(no_args_is_help=True, help="Check and test rulesets.")


def _packs(paths: list[Path]) -> list[Pack]:
    if not paths:
        return [default_pack()]
    # A user's folder is checked together with the default pack, which it may build on.
    return [default_pack(), *(Pack(p.stem.lower() if p.is_file() else p.name.lower() or "user", p) for p in paths)]


def _report(problems: list[Problem]) -> None:
    from provenance.cli import report

    report(problems)


def _load(paths: list[Path]) -> Rulebook:
    """The rulebook for these folders; exits 2 listing every problem."""
    try:
        return load_rulebook(_packs(paths))
    except ProvenanceError as exc:
        _report(exc.problems)
        raise typer.Exit(2) from None


@rules_app.command("validate")
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Ruleset folders (default: the shipped rules).")] = None,
) -> None:
    """Check rulesets against the schema; every problem is listed with file:line:col."""
    paths = paths or []
    book = _load(paths)
    sys.stdout.write(f"{len(book.rules)} rules valid\n")


@rules_app.command("test")
def test(
    paths: Annotated[list[Path] | None, typer.Argument(help="Ruleset folders (default: the shipped rules).")] = None,
) -> None:
    """Run every rule's match / no_match examples; exit 1 if any fails."""
    from provenance.ruleset.examples import check_examples

    paths = paths or []
    book = _load(paths)
    chosen = [r for r in book.rules if not paths or not r.meta.id.startswith("default.")]
    count, failures = check_examples(book, chosen)
    for failure in failures:
        sys.stdout.write(f"{failure}\n")
    sys.stdout.write(f"{count - len(failures)} passed, {len(failures)} failed\n")
    raise typer.Exit(1 if failures else 0)

"""`provenance rules ...`: validate rulesets, run their examples, list and show rules."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from provenance.errors import Problem, ProvenanceError
from provenance.ruleset.cache import RulesetCache
from provenance.ruleset.describe import UnknownRule, find_rule
from provenance.ruleset.loader import load_rulebook, user_packs
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import Rule

rules_app = typer.Typer(no_args_is_help=True, help="Check, test, list and show rules.")

PathsArgument = Annotated[
    list[Path] | None, typer.Argument(help="Ruleset folders or files, checked with the default pack they may build on.")
]
RulesOption = Annotated[
    list[Path] | None, typer.Option("--rules", metavar="FOLDER", help="Extra rules folder (a pack); repeatable.")
]
NoDefault = Annotated[bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")]


def _report(problems: list[Problem]) -> None:
    from provenance.cli import report

    report(problems)


def load_book(paths: list[Path], no_default: bool = False, cached: bool = True) -> Rulebook:
    """The rulebook for these folders plus the default pack; exits 2 listing every problem."""
    try:
        return load_rulebook(user_packs(paths, no_default), cache=RulesetCache.for_user() if cached else None)
    except ProvenanceError as exc:
        _report(exc.problems)
        raise typer.Exit(2) from None


def pick_rule(book: Rulebook, query: str) -> Rule:
    """The rule a user means by `query`; exits 2 suggesting close ids when there is none."""
    try:
        return find_rule(book.rules, query)
    except UnknownRule as exc:
        hint = f"; did you mean {' or '.join(exc.candidates)}?" if exc.candidates else "; see `provenance rules list`"
        _report([Problem("rules", f"{exc}{hint}")])
        raise typer.Exit(2) from None


def console() -> Console:
    """A console for rule text: no markup or highlighting, since rule files are data from anywhere."""
    # Piped output gets room for long rule ids instead of rich's default 80 columns.
    width = None if sys.stdout.isatty() else 160
    return Console(file=sys.stdout, markup=False, highlight=False, emoji=False, width=width)


@rules_app.command("validate")
def validate(paths: PathsArgument = None) -> None:
    """Check rulesets against the schema; every problem is listed with file:line:col."""
    book = load_book(paths or [], cached=False)
    sys.stdout.write(f"{len(book.rules)} rules valid\n")


@rules_app.command("test")
def test(paths: PathsArgument = None) -> None:
    """Run every rule's match / no_match examples; exit 1 if any fails."""
    from provenance.ruleset.examples import check_examples

    paths = paths or []
    book = load_book(paths)
    chosen = [r for r in book.rules if not paths or not r.meta.id.startswith("default.")]
    count, failures = check_examples(book, chosen)
    for failure in failures:
        sys.stdout.write(f"{failure}\n")
    sys.stdout.write(f"{count - len(failures)} passed, {len(failures)} failed\n")
    raise typer.Exit(1 if failures else 0)


@rules_app.command("list")
def list_rules(rules: RulesOption = None, no_default_rules: NoDefault = False) -> None:
    """A table of every loaded rule: id, type, category, severity, size and where it is defined."""
    from provenance.render.rules_view import rules_table

    book = load_book(rules or [], no_default_rules)
    console().print(rules_table(book.rules))


@rules_app.command("show")
def show(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="A rule id, or its unique end: loaded.delegitimizing.")],
    rules: RulesOption = None,
    no_default_rules: NoDefault = False,
    show_all: Annotated[bool, typer.Option("--all", help="Show every entry, not just the first ones.")] = False,
) -> None:
    """One rule in full: description, where it is defined, examples and its terms (or outlets, verbs...)."""
    from provenance.render.rules_view import rule_details

    book = load_book(rules or [], no_default_rules)
    console().print(rule_details(pick_rule(book, rule_id), limit=None if show_all else 25))


@rules_app.command("schema")
def schema(
    pack: Annotated[bool, typer.Option("--pack", help="The schema of pack.yaml instead of a ruleset.")] = False,
) -> None:
    """Print the JSON Schema of ruleset files (for editors: save it next to your rules)."""
    from provenance.ruleset.schema import schema_text

    sys.stdout.write(schema_text("pack" if pack else "ruleset"))

"""`provenance rules ...`: validate rulesets, run their examples, list and show rules."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from provenance.cli.exits import ExitCode
from provenance.cli.rulebooks import pick_rule, rulebook


def console() -> Console:
    """A console for rule text: no markup or highlighting, since rule files are data from anywhere."""
    # Piped output gets room for long rule ids instead of rich's default 80 columns.
    width = None if sys.stdout.isatty() else 160
    return Console(file=sys.stdout, markup=False, highlight=False, emoji=False, width=width)


def validate(paths: list[Path]) -> ExitCode:
    """Check rulesets against the schema; every problem is listed with file:line:col."""
    book = rulebook(paths, False, cached=False)
    sys.stdout.write(f"{len(book.rules)} rules valid\n")
    return ExitCode.OK


def test(paths: list[Path]) -> ExitCode:
    """Run every rule's match / no_match examples; 1 if any fails."""
    from provenance.core.examples import check_examples

    book = rulebook(paths, False)
    chosen = [r for r in book.rules if not paths or not r.meta.id.startswith("default.")]
    count, failures = check_examples(book, chosen)
    for failure in failures:
        sys.stdout.write(f"{failure}\n")
    sys.stdout.write(f"{count - len(failures)} passed, {len(failures)} failed\n")
    return ExitCode.FINDINGS if failures else ExitCode.OK


def list_rules(rules: list[Path], no_default_rules: bool) -> ExitCode:
    """A table of every loaded rule: id, type, category, severity, size and where it is defined."""
    from provenance.render.rules import rules_table

    console().print(rules_table(rulebook(rules, no_default_rules).rules))
    return ExitCode.OK


def show(rule_id: str, rules: list[Path], no_default_rules: bool, show_all: bool) -> ExitCode:
    """One rule in full: description, where it is defined, examples and its terms (or outlets, verbs...)."""
    from provenance.render.rules import rule_details

    book = rulebook(rules, no_default_rules)
    console().print(rule_details(pick_rule(book, rule_id), limit=None if show_all else 25))
    return ExitCode.OK


def schema(pack: bool) -> ExitCode:
    """Print the JSON Schema of ruleset files (for editors: save it next to your rules)."""
    from provenance.ruleset.schema_files import schema_text

    sys.stdout.write(schema_text("pack" if pack else "ruleset"))
    return ExitCode.OK


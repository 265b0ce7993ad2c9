"""`provenance explain ID`: what a finding of a rule means, why it matters and what to do about it."""

from __future__ import annotations

from pathlib import Path

from provenance.cli.exits import ExitCode
from provenance.cli.rulebooks import pick_rule, rulebook
from provenance.cli.rules import console


def explain(rule_id: str, rules: list[Path], no_default_rules: bool) -> ExitCode:
    """Explain a rule: what its findings mean, why they matter, what to do, with references."""
    from provenance.render.rules import explanation

    book = rulebook(rules, no_default_rules)
    console().print(explanation(pick_rule(book, rule_id)))
    return ExitCode.OK

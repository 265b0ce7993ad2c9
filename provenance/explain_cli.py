"""`provenance explain ID`: what a finding of a rule means, why it matters and what to do about it."""

from __future__ import annotations

from typing import Annotated

import typer

from provenance.rules_cli import NoDefault, RulesOption, console, load_book, pick_rule


def explain(
    rule_id: Annotated[
        str, typer.Argument(metavar="ID", help="A rule id as findings show it, or its unique end: loaded.labelling.")
    ],
    rules: RulesOption = None,
    no_default_rules: NoDefault = False,
) -> None:
    """Explain a rule: what its findings mean, why they matter, what to do, with references."""
    from provenance.render.rules_view import explanation

    book = load_book(rules or [], no_default_rules)
    console().print(explanation(pick_rule(book, rule_id)))

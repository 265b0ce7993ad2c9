"""Rich views of rules for `rules list`, `rules show` and `explain`; rule text is sanitised, never markup."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from provenance.render.sanitize import display_line, display_text
from provenance.ruleset.describe import entries
from provenance.ruleset.rules import Rule

SEVERITY_STYLES = {"info": "dim", "warning": "yellow", "error": "bold red"}


def _cell(value: str, style: str = "") -> Text:
    return Text(display_line(value), style=style)


def source_of(rule: Rule) -> str:
    """file:line of a rule, relative to the working directory when it is below it."""
    path = Path(rule.meta.path)
    try:
        shown = os.path.relpath(path) if path.is_absolute() and path.resolve().is_relative_to(Path.cwd()) else str(path)
    except (OSError, ValueError):
        shown = str(path)
    return f"{shown}:{rule.meta.line}"


def rules_table(rules: Sequence[Rule]) -> Table:
    """One row per rule."""
    table = Table(box=box.SIMPLE_HEAD, title=f"{len(rules)} rule{'' if len(rules) == 1 else 's'}", title_justify="left")
    longest = min(max((len(r.meta.id) for r in rules), default=2), 60)
    for name in ("id", "type", "category", "severity", "entries", "source"):
        # Ids are what users copy into `rules show`: keep them whole; the other columns may fold.
        whole = name in ("id", "severity", "entries")
        table.add_column(name, overflow="fold", no_wrap=whole, min_width=longest if name == "id" else None)
    for rule in rules:
        meta = rule.meta
        table.add_row(
            _cell(meta.id, "bold"),
            _cell(meta.type),
            _cell(meta.category),
            _cell(meta.severity.value, SEVERITY_STYLES.get(meta.severity.value, "")),
            _cell(entries(rule).count_text()),
            _cell(source_of(rule), "dim"),
        )
    return table


def _heading(title: str) -> Text:
    return Text(title, style="bold underline")


def _paragraphs(text: str) -> Padding:
    # A folded YAML block (>) keeps one newline per blank line; a literal block (|) keeps every line break.
    chunks = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    parts = [" ".join(p.split()) for p in chunks if p.strip()]
    return Padding(Text(display_text("\n\n".join(parts))), (0, 0, 0, 2))


def rule_header(rule: Rule) -> list[RenderableType]:
    """Id, type, category, severity, label and where the rule is defined."""
    meta = rule.meta
    facts = Text()
    for i, (name, value) in enumerate(
        (("type", meta.type), ("category", meta.category), ("severity", meta.severity.value), ("label", meta.label))
    ):
        if value:
            facts.append(" · " if i else "")
            facts.append(f"{name} ", style="dim")
            facts.append(display_line(value), style=SEVERITY_STYLES.get(value, "") if name == "severity" else "")
            if name == "severity" and meta.severity_by_voice:
                by_voice = ", ".join(f"{voice} {level.value}" for voice, level in meta.severity_by_voice)
                facts.append(f" ({by_voice})")
    where = Text("defined at ", style="dim")
    where.append(display_line(source_of(rule)))
    return [_cell(meta.id, "bold"), facts, where]


def _examples(rule: Rule) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1, 0, 2))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for text in rule.meta.examples.match:
        table.add_row(Text("match", style="green"), _cell(text.replace("\n", "⏎")))
    for text in rule.meta.examples.no_match:
        table.add_row(Text("no match", style="red"), _cell(text.replace("\n", "⏎")))
    return table


def _entries_table(rule: Rule, limit: int | None) -> list[RenderableType]:
    found = entries(rule)
    if not found.rows:
        return []
    shown = found.rows if limit is None else found.rows[:limit]
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    for header in found.headers:
        table.add_column(header, overflow="fold")
    for row in shown:
        table.add_row(*(_cell(v) for v in row))
    title = _heading(f"{found.plural.capitalize()} ({len(found.rows)})")
    out: list[RenderableType] = [title, Padding(table, (0, 0, 0, 2))]
    if len(shown) < len(found.rows):
        more = len(found.rows) - len(shown)
        out.append(Text(f"  … {more} more {found.plural}; show them all with --all", style="dim"))
    return out


def rule_details(rule: Rule, limit: int | None = 25) -> Group:
    """Everything `rules show` prints about one rule; entries are cut at `limit` unless it is None."""
    meta = rule.meta
    out: list[RenderableType] = rule_header(rule)
    if meta.description:
        out += [Text(), _paragraphs(meta.description)]
    if meta.message:
        out += [Text(), _heading("Message"), _paragraphs(meta.message)]
    out += [Text(), _heading("Examples"), _examples(rule)]
    table = _entries_table(rule, limit)
    if table:
        out += [Text(), *table]
    out += [Text(), Text(f"What a finding means: provenance explain {display_line(meta.id)}", style="dim")]
    return Group(*out)


def explanation(rule: Rule) -> Group:
    """What a finding of the rule means, why it matters, what to do, and where to read more."""
    meta = rule.meta
    out: list[RenderableType] = rule_header(rule)
    out += [Text()]
    if meta.explanation:
        out.append(_paragraphs(meta.explanation))
    else:
        out.append(_paragraphs(meta.description or "This rule has no description."))
        out.append(Text("  (No explanation is written for this rule yet: add `explanation:` to it.)", style="dim"))
    if meta.message:
        out += [Text(), _heading("A finding says"), _paragraphs(meta.message)]
    if meta.references:
        out += [Text(), _heading("References")]
        out += [Padding(_cell(r), (0, 0, 0, 2)) for r in meta.references]
    return Group(*out)

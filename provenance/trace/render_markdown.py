"""The trace result as a Markdown report section; every piece of article text is escaped to one inert line."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from provenance.render.sanitize import display_line
from provenance.trace.families import Family, outlet_counts
from provenance.trace.grouping import line_starts
from provenance.trace.grouping import rows as grouped
from provenance.trace.types import Reuse, TraceResult

# The characters that can start Markdown or HTML constructs (same set as the report's own escaping).
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~$@{}])")
_SPACE = re.compile(r"\s+")
CELL_CHARS = 100


def inline(text: str, limit: int = CELL_CHARS) -> str:
    """Untrusted text as one escaped line, shortened with an ellipsis; never empty."""
    flat = _SPACE.sub(" ", display_line(text)).strip()
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return _SPECIAL.sub(r"\\\1", flat.replace("&", "&amp;")) or "—"


def _reuse_table(result: TraceResult) -> list[str]:
    rows = ["| Origin | Outlet | Covers | Role |", "| --- | --- | ---: | --- |"]
    for reuse in result.reuses:
        origin = reuse.origin
        outlet = inline(origin.outlet or "unknown")
        if origin.affiliation is not None and origin.affiliation.typology:
            outlet += f" ({inline(origin.affiliation.label)}, {inline(origin.affiliation.country or '?')})"
        rows.append(
            f"| {inline(origin.path)}: {inline(origin.headline, 60)} | {outlet} | {reuse.coverage:.0%} | {reuse.role} |"
        )
    return rows


def _changes(reuse: Reuse, starts: list[int]) -> list[str]:
    if not reuse.changes:
        return []
    rows = [
        "",
        f"What changed from {inline(reuse.origin.path)}:",
        "",
        "| Line | Severity | Rule | Change |",
        "| ---: | --- | --- | --- |",
    ]
    for row in grouped(reuse.changes, starts):
        change = row.change
        rows.append(f"| {row.first_line} | {change.severity.value} | `{change.rule}` | {inline(row.message, 160)} |")
    return rows


def trace_markdown(result: TraceResult, level: int = 3) -> str:
    """A Markdown section for one traced article: its origins, then each judged origin's changes with line numbers."""
    hashes = "#" * level
    lines = [f"{hashes} Trace: {inline(result.path or '<text>')}", ""]
    if not result.reuses:
        lines.append(f"No reused text found ({result.candidates} stored texts checked).")
        return "\n".join(lines) + "\n"
    lines += _reuse_table(result)
    starts = line_starts(result.text)
    for reuse in result.reuses:
        lines += _changes(reuse, starts)
    return "\n".join(lines) + "\n"


def families_markdown(families: Sequence[Family], outlet_of: Callable[[str], str | None], level: int = 2) -> str:
    """The corpus's reuse families: counts by outlet, then each family's members and who copies whom."""
    hashes = "#" * level
    lines = [f"{hashes} Reuse families", ""]
    if not families:
        return "\n".join([*lines, "No article reuses another in this corpus."]) + "\n"
    lines += ["| Republisher | Origin outlet | Articles |", "| --- | --- | ---: |"]
    lines += [f"| {inline(a)} | {inline(b)} | {n} |" for a, b, n in outlet_counts(families, outlet_of)]
    for number, family in enumerate(families, 1):
        lines += ["", f"{hashes}# Family {number}: {len(family.members)} articles, origin {inline(family.root)}", ""]
        lines += [
            f"- {inline(e.republisher)} reuses {inline(e.origin)} ({e.coverage:.0%} of its words)" for e in family.edges
        ]
    return "\n".join(lines) + "\n"

"""Render an Evaluation as plain text or JSON; article text is made inert before it is shown."""

from __future__ import annotations

import json
from typing import Any

from provenance.evaluation.outcome import Evaluation, Example, Group, worst_first
from provenance.evaluation.spans import Tally
from provenance.render.sanitize import display_line


def _figures(tally: Tally) -> dict[str, Any]:
    return {
        "precision": round(tally.precision, 4),
        "recall": round(tally.recall, 4),
        "f1": round(tally.f1, 4),
        "tp": tally.tp,
        "fp": tally.fp,
        "fn": tally.fn,
    }


def _example(e: Example) -> dict[str, str]:
    return {"document": e.document, "text": e.text, "context": e.context}


def _groups(groups: list[Group]) -> list[dict[str, Any]]:
    return [{"group": g.key, "count": g.count, "examples": [_example(e) for e in g.examples]} for g in groups]


def as_json(evaluation: Evaluation, title: str, show: int) -> str:
    """One JSON object: figures per label and the `show` worst groups of misses and false alarms."""
    body: dict[str, Any] = {
        "evaluation": title,
        "documents": evaluation.documents,
        "scores": {label: _figures(evaluation.tallies[label]) for label in evaluation.labels},
        "misses": {label: _groups(worst_first(evaluation.misses, label, show)) for label in evaluation.labels},
        "false_alarms": {
            label: _groups(worst_first(evaluation.false_alarms, label, show)) for label in evaluation.labels
        },
        "warnings": len(evaluation.problems),
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def figures_table(evaluation: Evaluation) -> list[str]:
    """Lines of the P/R/F1 table, one per label."""
    lines = [f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for label in evaluation.labels:
        t = evaluation.tallies[label]
        lines.append(f"{label:10} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:6d} {t.fp:6d} {t.fn:6d}")
    return lines


def _section(title: str, groups: list[Group]) -> list[str]:
    if not groups:
        return []
    lines = [title]
    for g in groups:
        lines.append(f"  {g.count:5d}  {display_line(g.key)}")
        for e in g.examples:
            lines.append(f"         {display_line(e.document)}: {display_line(e.context)}")
    return lines


def as_text(evaluation: Evaluation, title: str, show: int) -> str:
    """A plain-text report: the figures, then the worst misses and false alarms per label."""
    lines = [f"{title}: {evaluation.documents} documents", *figures_table(evaluation)]
    if evaluation.problems:
        lines.append(f"({len(evaluation.problems)} annotation warnings; see stderr)")
    for label in evaluation.labels if show > 0 else ():
        lines.append("")
        lines += _section(f"{label}: most frequent misses", worst_first(evaluation.misses, label, show))
        lines += _section(f"{label}: most frequent false alarms", worst_first(evaluation.false_alarms, label, show))
    return "\n".join(lines) + "\n"


# The output formats of `provenance eval`, one signature: (evaluation, title, how many groups to list) -> text.
FORMATS = {"text": as_text, "json": as_json}

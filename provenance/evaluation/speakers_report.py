"""Render a SpeakersEvaluation as plain text or a JSON-ready dict; article and gold text is made inert first."""

from __future__ import annotations

from typing import Any

from provenance.evaluation.speakers import ArticleScore, Ratio, SpeakersEvaluation, f1
from provenance.render.sanitize import display_line


def _q(text: str) -> str:
    return f"“{display_line(text)}”"


def _ratio(r: Ratio) -> dict[str, Any]:
    return {"matched": r.matched, "total": r.total, "value": round(r.value, 4)}


def summary_lines(e: SpeakersEvaluation) -> list[str]:
    """The figures table, one measure a line."""
    p, r, np_, nr = e.precision, e.recall, e.not_heard_precision, e.not_heard_recall
    ap, ar, kinds = e.accused_precision, e.accused_recall, e.kinds
    rows = [
        (
            "speakers P / R / F1",
            f"{p.value:.3f} / {r.value:.3f} / {e.f1:.3f}",
            f"{p.total} predicted ({p.matched} matched), {r.total} gold ({r.matched} found)",
        ),
        (
            "speaker kinds right",
            f"{kinds.matched} / {kinds.total}",
            f"{e.group_pairs} pairs have gold kind group",
        ),
        ("gold speakers split over 2+ names", f"{e.split}", ""),
        (
            "not-heard rows P / R",
            f"{np_.value:.3f} / {nr.value:.3f}",
            f"{np_.total} rows ({np_.matched} right), {nr.total} gold ({nr.matched} found)",
        ),
        (
            "accused parties P / R (any status)",
            f"{ap.value:.3f} / {ar.value:.3f}",
            f"{ap.total} rows ({ap.matched} name a gold party), {ar.total} gold ({ar.matched} found)",
        ),
        ("headline exact", f"{e.headlines.matched} / {e.headlines.total}", ""),
    ]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"  {name:<{width}}  {value:<21}  {note}".rstrip() for name, value, note in rows]
    if e.kind_confusion:
        pairs = ", ".join(f"{found} for {gold} {n}" for (found, gold), n in e.kind_confusion.items())
        lines.insert(2, f"  {'  kinds wrong (found for gold)':<{width}}  {pairs}")
    return lines


def article_lines(a: ArticleScore) -> list[str]:
    """What went wrong in one article: false, missed, split and mis-kinded speakers, reply rows, headline."""
    gold = a.gold
    lines = [f"{display_line(gold.file)}  ({a.errors} errors; gold line {gold.line})"]

    def add(label: str, items: list[str]) -> None:
        if items:
            lines.append(f"    {label}: " + ", ".join(items))

    add("false speakers", [f"{_q(p.name)} ({p.kind})" for p in a.false_speakers])
    add("missed speakers", [f"{_q(gold.speakers[i].name)} ({gold.speakers[i].kind})" for i in a.missed_speakers])
    add(
        "split",
        [f"{_q(gold.speakers[i].name)} ← " + " + ".join(_q(p.name) for p in a.paired(i)) for i in a.split_speakers],
    )
    add(
        "kind wrong",
        [f"{_q(p.name)} {p.kind}, gold {gold.speakers[p.gold].kind}" for p in a.wrong_kinds if p.gold is not None],
    )
    add("false not-heard rows", [_q(r.party) + _gold_status(a, r.gold) for r in a.false_not_heard])
    add("missed not-heard parties", [_q(gold.accused[i].party) for i in a.missed_not_heard])
    if not a.headline_right:
        found = _q(a.headline) if a.headline is not None else "none"
        wanted = _q(gold.headline) if gold.headline is not None else "none"
        lines.append(f"    headline: found {found}; gold {wanted}")
    return lines


def _gold_status(a: ArticleScore, index: int | None) -> str:
    return "" if index is None else f" (gold: {a.gold.accused[index].status})"


def speakers_text(evaluation: SpeakersEvaluation, show: int) -> str:
    """The summary table, then the `show` worst articles with what went wrong in each."""
    lines = [f"speakers: {len(evaluation.articles)} articles, gold {display_line(evaluation.gold_file)}"]
    lines += summary_lines(evaluation)
    worst = evaluation.worst(show) if show > 0 else ()
    if worst:
        lines += ["", f"worst {len(worst)} articles"]
        for article in worst:
            lines += ["", *("  " + line for line in article_lines(article))]
    return "\n".join(lines) + "\n"


def _article_json(a: ArticleScore) -> dict[str, Any]:
    gold = a.gold
    return {
        "file": gold.file,
        "errors": a.errors,
        "speakers": [
            {"name": p.name, "kind": p.kind, "gold": None if p.gold is None else gold.speakers[p.gold].name}
            for p in a.speakers
        ],
        "missed_speakers": [gold.speakers[i].name for i in a.missed_speakers],
        "split_speakers": {gold.speakers[i].name: [p.name for p in a.paired(i)] for i in a.split_speakers},
        "reply_rows": [
            {"party": r.party, "status": r.status, "gold": None if r.gold is None else gold.accused[r.gold].party}
            for r in a.replies
        ],
        "false_not_heard": [r.party for r in a.false_not_heard],
        "missed_not_heard": [gold.accused[i].party for i in a.missed_not_heard],
        "headline": {"found": a.headline, "gold": gold.headline, "right": a.headline_right},
    }


def speakers_json(evaluation: SpeakersEvaluation) -> dict[str, Any]:
    """Every figure and every article's detail as plain JSON types (raw text; JSON escaping makes it inert)."""
    p, r = evaluation.precision, evaluation.recall
    np_, nr = evaluation.not_heard_precision, evaluation.not_heard_recall
    return {
        "evaluation": "speakers",
        "gold": evaluation.gold_file,
        "articles": len(evaluation.articles),
        "speakers": {"precision": _ratio(p), "recall": _ratio(r), "f1": round(evaluation.f1, 4)},
        "kinds": {
            **_ratio(evaluation.kinds),
            "group_pairs": evaluation.group_pairs,
            "wrong": [{"found": f, "gold": g, "count": n} for (f, g), n in evaluation.kind_confusion.items()],
        },
        "split": evaluation.split,
        "not_heard": {"precision": _ratio(np_), "recall": _ratio(nr), "f1": round(f1(np_.value, nr.value), 4)},
        "accused": {"precision": _ratio(evaluation.accused_precision), "recall": _ratio(evaluation.accused_recall)},
        "headline": _ratio(evaluation.headlines),
        "details": [_article_json(a) for a in evaluation.articles],
    }

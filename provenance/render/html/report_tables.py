"""The report's tables: summary figures, tallies (terms, speakers) and the table of articles."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import Voice
from provenance.model.corpus import ARTICLE_FIGURES, CorpusSummary, Tally
from provenance.render.html.escape import line


def table(caption: str, header: list[str], rows: list[list[str]], align: str) -> str:
    """A table of already-escaped cells; `align` has one letter per column, "r" right-aligns numbers."""
    cls = ["" if a == "l" else ' class="n"' for a in align]
    head = "".join(f'<th scope="col"{c}>{h}</th>' for h, c in zip(header, cls, strict=True))
    body = "".join(
        "<tr>" + "".join(f"<td{c}>{cell}</td>" for cell, c in zip(row, cls, strict=True)) + "</tr>" for row in rows
    )
    return f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


def summary_html(s: CorpusSummary) -> str:
    """The corpus figures as a definition list."""
    own = s.loaded((Voice.NARRATOR, Voice.HEADLINE))
    others = s.loaded((Voice.PARAPHRASE, Voice.QUOTED))
    spread = (
        f"lowest {s.readability.low:.1f} · median {s.readability.median:.1f} · highest {s.readability.high:.1f}"
        if s.readability
        else "not computed"
    )
    items = [
        ("Articles", f"{s.articles:,}" + (f" ({s.skipped:,} files skipped)" if s.skipped else "")),
        ("Words", f"{s.words:,}"),
        ("Attributions", f"{s.attributions:,}"),
        ("Distinct named speakers", f"{s.distinct_speakers:,}"),
        (
            "Anonymous sources",
            f"{s.anonymous_speakers:,} of {s.speakers:,} speakers ({_percent(s.anonymous_speakers, s.speakers)})",
        ),
        ("Relays", f"{s.relays:,}"),
        ("State-affiliated outlets", f"{s.state_affiliated:,} (once per article; news agencies not included)"),
        (
            "Loaded terms and hedges",
            f"{own + others:,}: {own:,} in the outlet's own voice, {others:,} quoted or paraphrased",
        ),
        ("Missing-comment notes", f"{s.missing_comments:,}"),
        ("Flesch reading ease", spread),
    ]
    return '<dl class="summary">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"


def tallies_table(caption: str, header: list[str], tallies: Sequence[Tally], notes: bool) -> str:
    """A ranked tally (terms with their suggested wording, or speakers) as a table."""
    if not tallies:
        return '<p class="dim">None found.</p>'
    rows = [
        [line(t.name), *([line(t.note) or "—"] if notes else []), f"{t.count:,}", f"{t.articles:,}"] for t in tallies
    ]
    return table(caption, header, rows, "l" * (len(header) - 2) + "rr")


def articles_table(s: CorpusSummary) -> str:
    """One row per article with its figures."""
    header = ["#", "Article", *ARTICLE_FIGURES]
    rows = [
        [str(n), line(r.title) + (f'<br><code class="dim">{line(r.path)}</code>' if r.path else ""), *r.figures()]
        for n, r in enumerate(s.rows, 1)
    ]
    return table("Articles", header, rows, "rl" + "r" * (len(header) - 2))

"""The report's tables: summary figures, tallies (terms, speakers) and the table of articles."""

from __future__ import annotations

from collections.abc import Sequence

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


def summary_html(s: CorpusSummary) -> str:
    """The corpus figures as a definition list."""
    return '<dl class="summary">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in s.figures()) + "</dl>"


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

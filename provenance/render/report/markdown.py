"""The Markdown report: a corpus summary, a table of articles, then one section per article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from provenance.errors import Problem
from provenance.model import Document
from provenance.model.corpus import ARTICLE_FIGURES, VOICES, CorpusSummary, Tally, summarize
from provenance.render.markdown_text import cell, inline, table
from provenance.render.options import RenderOptions
from provenance.render.report.markdown_article import section
from provenance.version import __version__


def _summary(s: CorpusSummary) -> list[str]:
    return table(["Measure", "Value"], [list(row) for row in s.figures()])


def _categories(s: CorpusSummary) -> list[str]:
    if not s.term_categories:
        return ["No loaded terms or hedges found."]
    header = ["Category", *(v.value.capitalize() for v in VOICES), "Total"]
    rows = [[cell(c.label, 40), *(f"{c.count(v):,}" for v in VOICES), f"{c.total:,}"] for c in s.term_categories]
    return table(header, rows, "l" + "r" * (len(VOICES) + 1))


def _tallies(tallies: Sequence[Tally], header: list[str], empty: str) -> list[str]:
    if not tallies:
        return [empty]
    notes = len(header) == 4  # name, note, count, articles
    rows = [
        [cell(t.name, 60), *([cell(t.note, 60)] if notes else []), f"{t.count:,}", f"{t.articles:,}"] for t in tallies
    ]
    return table(header, rows, "l" * (len(header) - 2) + "rr")


def _outlets(tallies: Sequence[Tally]) -> list[str]:
    # Outlets are counted once per article, so one column says it all.
    rows = [[cell(t.name, 60), cell(t.note, 60), f"{t.articles:,}"] for t in tallies]
    return table(["Outlet", "Registry", "Articles"], rows, "llr") if rows else ["None found."]


def _articles(s: CorpusSummary) -> list[str]:
    header = ["#", "Article", *ARTICLE_FIGURES]
    rows = [[str(n), cell(r.title, 80), *r.figures()] for n, r in enumerate(s.rows, 1)]
    return table(header, rows, "rl" + "r" * (len(header) - 2))


def report_lines(docs: Sequence[Document], skipped: Sequence[Problem], publisher: str | None) -> list[str]:
    """The whole report, line by line."""
    s = summarize(docs, len(skipped))
    lines = [
        "# Provenance report",
        "",
        f"{s.articles:,} articles annotated by provenance {__version__}: who is quoted, through which outlets, "
        "and in whose words the loaded terms appear. Figures are what the rules found, for an editor to check.",
        "",
        "## Corpus summary",
        "",
        *_summary(s),
        "",
        "### Loaded terms and hedges by category and voice",
        "",
        *_categories(s),
        "",
        "### Most frequent loaded terms and hedges",
        "",
        *_tallies(s.top_terms, ["Term", "Suggested wording", "Count", "Articles"], "No loaded terms or hedges found."),
        "",
        "### Most quoted speakers",
        "",
        *_tallies(s.top_speakers, ["Speaker", "Attributions", "Articles"], "No named speakers found."),
        "",
        "### Outlets found in a source registry",
        "",
        *_outlets(s.affiliated_outlets),
        "",
    ]
    if skipped:
        lines += ["### Skipped files", "", *(f"- {inline(p.path)}: {inline(p.message)}" for p in skipped), ""]
    lines += ["## Articles", "", *_articles(s), ""]
    for number, (doc, row) in enumerate(zip(docs, s.rows, strict=True), 1):
        lines += section(doc, row, number, publisher)
    return lines


def write(docs: Sequence[Document], skipped: Sequence[Problem], stream: TextIO, options: RenderOptions) -> None:
    """Write the Markdown report of these documents, naming the files that could not be read."""
    for line in report_lines(docs, skipped, options.publisher):
        stream.write(line + "\n")

"""The corpus report page: summary figures, four charts (each with its table), terms, speakers, articles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from provenance.errors import Problem
from provenance.model import Document
from provenance.model.corpus import VOICES, CorpusSummary, summarize
from provenance.render.html.charts import Bar, Series, bar_chart, stacked_chart
from provenance.render.html.escape import line
from provenance.render.html.outlets import SOURCE_KINDS, OutletFigures, by_outlet, state_relays
from provenance.render.html.page import page
from provenance.render.html.report_tables import articles_table, summary_html, table, tallies_table
from provenance.render.html.style import REPORT_CSS
from provenance.render.options import RenderOptions
from provenance.version import __version__

SOURCE_SERIES = tuple(
    Series(name, color)
    for name, color in zip(SOURCE_KINDS, ("#2f6f8f", "#c0262d", "#8d99a6", "#c99700", "#d9dde2"), strict=True)
)


def _figure(ident: str, title: str, note: str, chart: str, data: str) -> str:
    """A chart with its caption and, for screen readers and exact figures, the same data as a table."""
    return (
        f'<figure id="{ident}" aria-labelledby="{ident}-t"><figcaption><b id="{ident}-t">{title}</b>'
        f'<span class="dim">{note}</span></figcaption><div aria-hidden="true">{chart}</div>'
        f'<details><summary>Table of this chart</summary><div class="scroll">{data}</div></details></figure>'
    )


def _source_mix(outlets: Sequence[OutletFigures]) -> str:
    bars = [Bar(o.name, tuple(float(v) for v in o.sources), f"{sum(o.sources):,}") for o in outlets]
    rows = [[line(o.name), *(f"{v:,}" for v in o.sources), f"{sum(o.sources):,}"] for o in outlets]
    data = table("Attributions by kind of source, per outlet", ["Outlet", *SOURCE_KINDS, "Total"], rows, "l" + "r" * 6)
    note = "attributions by who they credit; bars show shares, the figure is the total"
    return _figure("c-sources", "Source mix per outlet", note, stacked_chart("Source mix", bars, SOURCE_SERIES), data)


def _loaded(outlets: Sequence[OutletFigures]) -> str:
    bars = [Bar(o.name, (o.loaded_per_1000,), f"{o.loaded_per_1000:.1f}") for o in outlets]
    rows = [[line(o.name), f"{o.loaded_own:,}", f"{o.words:,}", f"{o.loaded_per_1000:.2f}"] for o in outlets]
    data = table(
        "Own-voice loaded terms per 1,000 words, per outlet",
        ["Outlet", "Terms", "Words", "Per 1,000 words"],
        rows,
        "lrrr",
    )
    note = "loaded terms and hedges in the outlet's own voice (narrator and headline), not in quotes"
    chart = bar_chart("Own-voice loaded terms per 1,000 words", bars, "#c99700")
    return _figure("c-loaded", "Narrator-voice loaded terms per 1,000 words", note, chart, data)


def _state(docs: Sequence[Document]) -> str:
    found = state_relays(docs)
    if not found:
        return (
            '<figure id="c-state"><figcaption><b>State-media relays</b></figcaption>'
            '<p class="dim">No article names a state-affiliated outlet as a relay.</p></figure>'
        )
    bars = [Bar(f"{r.name} — {r.label}", (float(r.articles),), f"{r.articles:,}") for r in found]
    rows = [[line(r.name), line(r.label), f"{r.articles:,}", f"{r.relays:,}"] for r in found]
    data = table("State-media relays", ["Outlet", "Registry", "Articles", "Relays"], rows, "llrr")
    note = "articles naming each outlet as a relay (credit line, dateline, citing); news agencies excluded"
    return _figure("c-state", "State-media relays", note, bar_chart("State-media relays", bars, "#8a2a84"), data)


def _speakers(s: CorpusSummary) -> str:
    if not s.top_speakers:
        return '<figure id="c-speakers"><figcaption><b>Top speakers</b></figcaption><p class="dim">None.</p></figure>'
    bars = [Bar(t.name, (float(t.count),), f"{t.count:,}") for t in s.top_speakers]
    data = tallies_table("Most quoted speakers", ["Speaker", "Attributions", "Articles"], s.top_speakers, False)
    note = "attributions per named speaker across the corpus (anonymous sources not included)"
    return _figure("c-speakers", "Top speakers", note, bar_chart("Top speakers", bars, "#006c7a"), data)


def _categories(s: CorpusSummary) -> str:
    if not s.term_categories:
        return '<p class="dim">No loaded terms or hedges found.</p>'
    header = ["Category", *(v.value.capitalize() for v in VOICES), "Total"]
    rows = [[line(c.label), *(f"{c.count(v):,}" for v in VOICES), f"{c.total:,}"] for c in s.term_categories]
    return table("Loaded terms and hedges by category and voice", header, rows, "l" + "r" * (len(VOICES) + 1))


def _terms(s: CorpusSummary) -> str:
    """The loaded terms by category and voice, then the most frequent ones; one line when there are none."""
    if not s.term_categories:
        return _categories(s)  # "No loaded terms or hedges found.", said once, not again under an empty table
    header = ["Term", "Suggested wording", "Count", "Articles"]
    frequent = tallies_table("Most frequent loaded terms and hedges", header, s.top_terms, True)
    return f'<div class="scroll">{_categories(s)}</div><div class="scroll">{frequent}</div>'


def render_report(docs: Sequence[Document], skipped: Sequence[Problem], options: RenderOptions) -> str:
    """The whole report page as a string."""
    s = summarize(docs, len(skipped))
    outlets = by_outlet(docs, s.rows)
    charts = "".join([_source_mix(outlets), _loaded(outlets), _state(docs), _speakers(s)])
    skipped_html = ""
    if skipped:
        items = "".join(f"<li><code>{line(p.path)}</code>: {line(p.message)}</li>" for p in skipped)
        skipped_html = f'<section aria-labelledby="h-skip"><h2 id="h-skip">Skipped files</h2><ul>{items}</ul></section>'
    body = (
        '<div class="wrap"><header class="top"><h1>provenance report</h1></header><main>'
        f'<p class="lead">{s.articles:,} articles annotated by provenance {line(__version__)}: who is quoted, '
        "through which outlets, and in whose words the loaded terms appear. Figures are what the rules found, "
        f"for an editor to check. Outlets are the folders the files sit in ({len(outlets):,}).</p>"
        f'<section aria-labelledby="h-sum"><h2 id="h-sum">Corpus summary</h2>{summary_html(s)}</section>'
        f'<section aria-labelledby="h-charts"><h2 id="h-charts">Charts</h2><div class="charts">{charts}</div></section>'
        f'<section aria-labelledby="h-terms"><h2 id="h-terms">Loaded terms and hedges</h2>{_terms(s)}</section>'
        f"{skipped_html}"
        f'<section aria-labelledby="h-arts"><h2 id="h-arts">Articles</h2><div class="scroll">{articles_table(s)}'
        "</div></section></main></div>"
    )
    title = f"provenance report · {s.articles:,} articles"
    if options.publisher:
        title += f" · {options.publisher}"
    return page(title, body, REPORT_CSS)


def write_report(docs: Sequence[Document], skipped: Sequence[Problem], stream: TextIO, options: RenderOptions) -> None:
    """Write the corpus report page of these documents, naming the files that could not be read."""
    stream.write(render_report(docs, skipped, options))

"""The article page: one section per document (header, highlighted text, chain, terms, notes), filters on top."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from provenance.model import Document
from provenance.render.html.article import article_html, is_markup, layers
from provenance.render.html.cards import notes_html
from provenance.render.html.chain import chain_html
from provenance.render.html.escape import line
from provenance.render.html.kinds import KINDS, Numbered, number_findings, plural
from provenance.render.html.page import page
from provenance.render.html.prose import span_text
from provenance.render.html.script import ARTICLE_JS
from provenance.render.html.style import ARTICLE_CSS
from provenance.render.html.tables import missing_html, readability_html, reply_html, terms_html
from provenance.render.options import RenderOptions


def _counts(doc: Document) -> str:
    categories = Counter(f.category for f in doc.findings)
    counts = [
        plural(len(doc.attributions), "attribution"),
        plural(len(doc.speakers), "speaker"),
        plural(categories["loaded-term"], "loaded term"),
        plural(len(doc.missing_comments), "missing-comment note"),
    ]
    for category, noun in (("hedge", "hedge"), ("scare-quote", "scare quote"), ("right-of-reply", "party not heard")):
        if categories[category]:
            counts.append(
                plural(categories[category], noun)
                if noun != "party not heard"
                else (f"{categories[category]} part{'y' if categories[category] == 1 else 'ies'} not heard")
            )
    return " · ".join(counts)


def _title(doc: Document, index: int) -> str:
    headline = doc.segmentation.headline
    if headline is not None and span_text(doc, headline).strip():
        return span_text(doc, headline)
    return doc.path or f"Article {index}"


def _section(title: str, body: str, ident: str) -> str:
    return f'<section aria-labelledby="{ident}"><h3 id="{ident}">{title}</h3>{body}</section>'


def document_html(doc: Document, numbered: Numbered, index: int, publisher: str | None) -> str:
    """The section of one document; ids carry the prefix "d<index>-" so several documents share a page."""
    p = f"d{index}-"
    warnings = "".join(f'<p class="warn">warning: {line(w)}</p>' for w in doc.warnings)
    head = (
        f'<header><h2 id="{p}title">{line(_title(doc, index))}</h2>'
        f'<p class="path">{line(doc.path or "(text without a path)")}</p>'
        f'<p class="counts">{_counts(doc)}</p>{warnings}</header>'
    )
    classes = "article prose" if is_markup(doc) else "article"
    text_part = _section("Article", f'<div class="{classes}">{article_html(doc, numbered, p)}</div>', f"{p}h-text")
    aside = _section("Attribution chain", chain_html(doc, publisher), f"{p}h-chain")
    cards = (
        f"<details open><summary>{plural(len(numbered), 'note')}, one per highlight</summary>"
        f"{notes_html(doc, numbered, p)}</details>"
    )
    below = "".join(
        [
            _section(
                "Loaded terms by voice", f'<div class="scroll">{terms_html(doc, numbered, p)}</div>', f"{p}h-terms"
            ),
            _section("Missing comment", f'<div class="scroll">{missing_html(doc)}</div>', f"{p}h-missing"),
            _section("Right of reply", f'<div class="scroll">{reply_html(doc)}</div>', f"{p}h-reply"),
            _section("Readability", readability_html(doc), f"{p}h-read"),
            _section("Notes", cards, f"{p}h-cards"),
        ]
    )
    return (
        f'<article class="doc" data-p="{p}" aria-labelledby="{p}title">{head}'
        f'<div class="layout">{text_part}<aside>{aside}</aside></div>{below}</article>'
    )


def filters_html(present: Counter[str]) -> str:
    """One checkbox per highlight kind on the page, each styled as its highlight: the legend and the filter."""
    chips = []
    for kind, (label, meaning) in KINDS.items():
        if present[kind]:
            chips.append(
                f'<label class="chip" title="{meaning}"><input type="checkbox" value="{kind}" checked>'
                f'<mark class="k-{kind}">{label}</mark><span class="n">{present[kind]}</span></label>'
            )
    if not chips:
        return ""
    return f'<fieldset class="filters"><legend>Show</legend>{"".join(chips)}</fieldset>'


def key_html(present: Counter[str]) -> str:
    """What each highlight on the page means, and how to open its card."""
    rows = "".join(
        f'<dt><mark class="k-{kind}">{label}</mark></dt><dd>{meaning}</dd>'
        for kind, (label, meaning) in KINDS.items()
        if present[kind]
    )
    return (
        '<details class="key"><summary>What the highlights mean</summary>'
        "<p>Hover, tap or Tab to a highlight to see its card; Escape closes it. The numbered notes below each "
        f"article hold the same cards.</p><dl>{rows}</dl></details>"
    )


def contents_html(titles: list[str]) -> str:
    """Links to each article when the page holds several."""
    if len(titles) < 2:
        return ""
    items = "".join(f'<li><a href="#d{i}-title">{line(t)}</a></li>' for i, t in enumerate(titles, 1))
    return f'<nav class="contents" aria-label="Articles on this page"><ol>{items}</ol></nav>'


def render(docs: Iterable[Document], options: RenderOptions) -> str:
    """The whole page as a string."""
    sections = []
    present: Counter[str] = Counter()
    titles = []
    for index, doc in enumerate(docs, 1):
        numbered = number_findings(doc)
        present.update(lay.kind for lay in layers(doc, numbered) if lay.kind in KINDS)
        sections.append(document_html(doc, numbered, index, options.publisher))
        titles.append(_title(doc, index))
    title = titles[0] if len(titles) == 1 else f"{len(titles)} articles"
    body = (
        '<div class="wrap"><header class="top"><h1>provenance · who said what, relayed by whom, in what words</h1>'
        f"</header>{filters_html(present)}{key_html(present)}{contents_html(titles)}"
        f"<main>{''.join(sections) or '<p>No articles.</p>'}</main></div>"
        '<div id="pop" role="tooltip" hidden></div>'
    )
    return page(f"{title} · provenance", body, ARTICLE_CSS, ARTICLE_JS)


def write(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    """Write one self-contained page for these documents (one section each) to `stream`."""
    stream.write(render(docs, options))


__all__ = ["render", "write"]

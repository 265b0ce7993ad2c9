"""The highlighted article: every finding's span is marked with its kind and reachable from the keyboard."""

from __future__ import annotations

import re

import pytest

from provenance import annotate
from provenance.model import Document
from provenance.render.html.article import article_html
from provenance.render.html.kinds import kind_of, number_findings

from .parsed import parse


def _marked(doc: Document) -> dict[int, str]:
    """Finding number -> the text of the marks that carry its kind and number, in order."""
    parsed = parse(article_html(doc, number_findings(doc), "p-"))
    found: dict[int, str] = {}
    numbered = dict(number_findings(doc))
    for mark in parsed.find("mark"):
        for n in mark.attrs.get("data-f", "").split():
            kinds = mark.attrs["data-k"].split()
            if kind_of(numbered[int(n)]) in kinds or "content" in kinds:
                found[int(n)] = found.get(int(n), "") + mark.text
    return found


TEXTS = [
    "Officials in Damascus have yet to comment, a source said. The regime reportedly “slammed” the so-called plan.",
    "“We will not back down,” said Ana Ruiz, the mayor.\n\n“Never.”\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_finding_span_is_highlighted_with_its_kind(text: str) -> None:
    doc = annotate(text)
    assert doc.findings
    marked = _marked(doc)
    for n, finding in number_findings(doc):
        assert finding.span.text in marked.get(n, ""), (n, finding)


def test_every_finding_of_the_sample_is_highlighted(sample_doc: Document) -> None:
    marked = _marked(sample_doc)
    numbered = number_findings(sample_doc)
    assert len(numbered) > 20
    for n, finding in numbered:
        assert finding.span.text in marked.get(n, ""), (n, finding)


def test_each_finding_has_one_focusable_start_described_by_its_card(sample_doc: Document) -> None:
    parsed = parse(article_html(sample_doc, number_findings(sample_doc), "p-"))
    anchors = {e.attrs["id"] for e in parsed.elements if e.attrs.get("id", "").startswith("p-m")}
    assert anchors == {f"p-m{n}" for n, _ in number_findings(sample_doc)}
    for mark in parsed.find("mark"):
        if "tabindex" in mark.attrs:
            assert mark.attrs["tabindex"] == "0"
            assert mark.attrs["aria-describedby"] == mark.attrs["id"].replace("p-m", "p-n")


def test_the_pieces_join_into_the_article(sample_doc: Document) -> None:
    """Highlighting cuts the text into pieces; joined (footnote numbers aside) they are the article's words."""
    shown = re.sub(r'<sup class="ref">\d+</sup>', "", article_html(sample_doc, number_findings(sample_doc), "p-"))
    assert parse(shown).text.split() == sample_doc.text.split()


def test_markdown_and_html_articles_show_as_prose() -> None:
    text = "# Budget *passes*\n\nThe mayor **said** the [plan](http://x.example) was a disaster.\n"
    markdown = annotate(text, path="a.md")
    html_doc = annotate(
        "<html><head><style>p{}</style><script>x()</script></head><body><h1>Budget &amp; plan</h1>"
        "<p>The mayor <b>said</b> the plan was a disaster.</p></body></html>",
        path="a.html",
    )
    for doc in (markdown, html_doc):
        shown = parse(re.sub(r'<sup class="ref">\d+</sup>', "", article_html(doc, number_findings(doc), "p-"))).text
        assert " ".join(shown.split()).endswith("The mayor said the plan was a disaster.")
        for markup in ("**", "](", "<b>", "x()", "&amp;", "http"):
            assert markup not in shown
        assert "\u2400" not in shown  # entity padding is dropped, not shown as a NUL
    assert "Budget & plan" in parse(article_html(html_doc, number_findings(html_doc), "p-")).text

"""The article page: hostile text stays text, the chain and the cards say what the terminal view says."""

from __future__ import annotations

import io

from provenance import annotate
from provenance.model import Document
from provenance.render.html import write
from provenance.render.html.document import render
from provenance.render.html.kinds import number_findings
from provenance.render.options import RenderOptions

from .parsed import Parsed, parse

SAFE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "div",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "main",
    "article",
}
SAFE_TAGS |= {"section", "aside", "mark", "span", "sup", "ul", "li", "ol", "b", "a", "code", "dl", "dt", "dd", "br"}
SAFE_TAGS |= {"table", "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "fieldset", "legend"}
SAFE_TAGS |= {"label", "input", "script"}


def _assert_inert(parsed: Parsed) -> None:
    tags = {e.tag for e in parsed.elements}
    assert tags <= SAFE_TAGS, tags - SAFE_TAGS
    assert len(parsed.find("script")) == 1 and len(parsed.find("style")) == 1
    for element in parsed.elements:
        assert not any(name.startswith("on") for name in element.attrs), element
        assert "style" not in element.attrs
        if "href" in element.attrs:
            assert element.attrs["href"].startswith("#")


def test_hostile_article_renders_as_text(hostile_doc: Document) -> None:
    html_page = render([hostile_doc], RenderOptions(publisher="<b onclick=x>Pub</b>"))
    parsed = parse(html_page)
    _assert_inert(parsed)
    assert "window.pwned" not in "".join(parsed.scripts)
    # The markup shows as the characters it is made of, hidden characters as visible code points.
    assert "<script>window.pwned = 1; alert('x')</script>" in parsed.text
    assert '<a href="javascript:window.pwned=4">' in parsed.text
    assert "</style><img src=x onerror=" in parsed.text
    assert "<b onclick=x>Pub</b>" in parsed.text
    assert "<script>alert(1)</script>" in parsed.text  # the file name
    assert "\u202e" not in html_page and "\u200b" not in html_page
    assert "U+202E" in parsed.text and "U+200B" in parsed.text


def test_hostile_rule_ids_and_labels_are_escaped(sample_doc: Document) -> None:
    from dataclasses import replace

    hostile = replace(
        sample_doc.findings[0], rule='x"><script>r()</script>', label="</style>", suggestion="<img src=x onerror=y>"
    )
    doc = replace(sample_doc, findings=(hostile, *sample_doc.findings[1:]))
    parsed = parse(render([doc], RenderOptions()))
    _assert_inert(parsed)
    assert 'x"><script>r()</script>' in parsed.text


def test_the_chain_shows_sputnik_as_state_controlled_media(sample_doc: Document) -> None:
    html_page = render([sample_doc], RenderOptions())
    chain = html_page[html_page.index('class="tree"') :]
    chain = chain[: chain.index("</aside>")]
    text = parse(chain).text
    assert "via Sputnik state-controlled media, Russia [SC]" in " ".join(text.split())
    for speaker in sample_doc.speakers:
        assert speaker.name in text
    assert "ANONYMOUS" in text  # the unnamed US official


def test_one_card_per_finding_with_rule_message_and_voice(sample_doc: Document) -> None:
    parsed = parse(render([sample_doc], RenderOptions()))
    cards = [e for e in parsed.elements if e.tag == "li" and e.attrs.get("class") == "card"]
    assert [c.attrs["id"] for c in cards] == [f"d1-n{n}" for n, _ in number_findings(sample_doc)]
    for _, finding in number_findings(sample_doc):
        assert finding.rule in parsed.text
        assert " ".join(finding.message.split()) in parsed.text
        if finding.suggestion:
            assert finding.suggestion in parsed.text


def test_several_documents_share_one_page_with_separate_ids(sample_doc: Document) -> None:
    other = annotate("The mayor said the bridge would reopen.", path="b.txt")
    out = io.StringIO()
    write([sample_doc, other], out, RenderOptions())
    parsed = parse(out.getvalue())
    assert out.getvalue().count("<!DOCTYPE html>") == 1
    assert [e.attrs["data-p"] for e in parsed.find("article")] == ["d1-", "d2-"]
    ids = [e.attrs["id"] for e in parsed.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    assert parsed.find("mark", id="d2-m1")


def test_filters_list_the_kinds_on_the_page(sample_doc: Document) -> None:
    parsed = parse(render([sample_doc], RenderOptions()))
    kinds = [e.attrs["value"] for e in parsed.find("input", type="checkbox")]
    assert {"cue", "source", "content", "relay", "loaded", "anon", "nocomment", "reply"} <= set(kinds)
    assert "hedge" not in kinds  # the sample has none


def test_an_empty_text_still_makes_a_page() -> None:
    parsed = parse(render([annotate("")], RenderOptions()))
    assert "(no text)" in parsed.text


def test_cards_of_an_html_article_quote_its_prose_not_its_markup() -> None:
    doc = annotate("<p>The <i>regime&rsquo;s</i> army, officials said, attacked the town.</p>", path="a.html")
    parsed = parse(render([doc], RenderOptions()))
    assert "“The regime’s army”" in parsed.text
    assert "<i>" not in parsed.text and "&rsquo;" not in parsed.text


def test_the_key_explains_each_kind_on_the_page_and_a_long_page_has_contents(sample_doc: Document) -> None:
    parsed = parse(render([sample_doc], RenderOptions()))
    key = [m.attrs["class"] for m in parsed.elements if m.tag == "mark" and "data-k" not in m.attrs]
    assert sorted(set(key)) == sorted(f"k-{e.attrs['value']}" for e in parsed.find("input", type="checkbox"))
    assert not parsed.find("nav")
    other = annotate("The mayor said the bridge would reopen.", path="b.txt")
    two = parse(render([sample_doc, other], RenderOptions()))
    assert [e.attrs["href"] for e in two.elements if e.tag == "a" and e.attrs.get("href", "").endswith("-title")] == [
        "#d1-title",
        "#d2-title",
    ]

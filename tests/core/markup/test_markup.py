"""Markdown and HTML articles: no hits inside code, URLs or tags; spans still slice the file as read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.core.annotate import annotate
from provenance.core.markup import detect_format, prose_view
from provenance.core.markup.html import mask_html
from provenance.core.markup.markdown import mask_markdown
from provenance.io.reader import Article, read_article
from provenance.model import Document, Span
from provenance.ruleset.rulebook import Rulebook
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def _spans(doc: Document) -> list[Span]:
    found = [f.span for f in doc.findings]
    for a in doc.attributions:
        found += [s for s in (a.cue, a.source, a.content) if s is not None]
    found += [m for s in doc.speakers for m in s.mentions]
    found += [r.span for r in doc.relays] + list(doc.segmentation.sentences)
    return found


def _terms(doc: Document) -> list[tuple[str, int]]:
    """Loaded terms found, with the 1-based line of the file they sit on."""
    return [
        (f.span.text, doc.text.count("\n", 0, f.span.start) + 1) for f in doc.findings if f.category == "loaded-term"
    ]


def test_format_from_suffix_unless_asked() -> None:
    assert [detect_format(p) for p in ("a.md", "b.MARKDOWN", "c.htm", "d.html", "e.txt", None, "-")] == [
        "markdown",
        "markdown",
        "html",
        "html",
        "text",
        "text",
        "text",
    ]
    assert detect_format("a.md", "text") == "text"


def test_markdown_hits_only_prose(book: Rulebook) -> None:
    doc = _annotated(read_article(str(FIXTURES / "article.md")), book)
    # Line 4 is the heading, 6 the paragraph, 22 a table cell; front matter, link targets, code spans,
    # tags, URLs, fenced and indented code, the HTML block and the link reference all say "regime" too.
    assert _terms(doc) == [("slams", 4), ("regime", 4), ("regime", 6), ("regime", 22)]
    assert doc.segmentation.headline is not None
    assert doc.segmentation.headline.text == "Mayor slams the regime's bridge plan"


def test_html_hits_only_visible_prose(book: Rulebook) -> None:
    doc = _annotated(read_article(str(FIXTURES / "article.html")), book)
    assert _terms(doc) == [("slams", 6), ("regime", 6), ("regime", 7)]
    quoted = [f for f in doc.findings if f.category == "loaded-term" and f.voice.value == "quoted"]
    assert [f.span.text for f in quoted] == ["regime"]
    # The quotation marks are entities; the quotation's inner span is exactly the words between them.
    assert [q.inner.text for q in doc.segmentation.quotations] == ["the regime will fall"]
    # "The mayor said …, according to Reuters": the relay is the cue; its content ends at the closing mark.
    contents = {a.cue.text: a.content.text for a in doc.attributions if a.cue is not None and a.content is not None}
    assert contents["according to"] == "The mayor said &ldquo;the regime will fall&"


def test_spans_slice_the_original_text(book: Rulebook) -> None:
    for name in ("article.md", "article.html"):
        article = read_article(str(FIXTURES / name))
        doc = _annotated(article, book)
        assert doc.text == article.text
        assert all(span.text == article.text[span.start : span.end] for span in _spans(doc))


def test_plain_text_is_annotated_as_is(book: Rulebook) -> None:
    text = "Run `regime` at https://regime.example, the mayor said."
    doc = _annotated(Article("a.txt", text), book)
    assert [t for t, _ in _terms(doc)] == ["regime", "regime"]


def test_entities_decode_in_place() -> None:
    assert mask_html("<p>A &amp; B</p>") == "\n  A &     B\n   "  # a block tag ends a line
    assert mask_html("&ldquo;x&rdquo;") == "      “x”      "
    assert mask_html("&nosuch; text") == "&nosuch; text"


def test_markdown_link_text_stays_and_target_goes() -> None:
    target = "](https://x.org/a_(b))"
    text = f"See [the report{target} now."
    assert prose_view(text, "markdown") == "See  the report" + " " * len(target) + " now."


_ANY = st.text(alphabet=st.sampled_from(list("ab <>/&;#`*_[]()!-\n:\"'=pscript")), max_size=80)


@given(_ANY)
def test_prose_view_keeps_length_and_line_breaks(text: str) -> None:
    for masked in (mask_html(text), mask_markdown(text)):
        assert len(masked) == len(text)
        # A block boundary may add a line break, never remove one.
        assert all(masked[i] == "\n" for i, ch in enumerate(text) if ch == "\n")


def test_a_declaration_the_standard_parser_rejects_is_read_as_text() -> None:
    # Python 3.11's html.parser raises AssertionError on "<![:"; found by the property test above.
    text = "<p>Before</p><![: after the bad declaration, the minister said it was over."
    view = mask_html(text)
    assert len(view) == len(text) and "the minister said it was over" in view


def _annotated(article: Article, book: Rulebook) -> Document:
    """An article read from a file, annotated the way every command does it."""
    return annotate(article.text, book, article.path)


def test_markdown_with_carriage_return_line_breaks_is_masked_by_markdown_it_lines() -> None:
    # markdown-it counts a lone CR as a line break; the block offsets must count the same way.
    for text in ("\r\r<!A", "Intro\r\r```\rthe regime slammed\r```\rThe end.", "\r\n\r\n    code\r\n"):
        view = prose_view(text, "markdown")
        assert len(view) == len(text)
    assert "regime" not in prose_view("Intro\r\r```\rthe regime slammed\r```\rThe end.", "markdown")

"""The matching view: markup that joins letters on the page joins them for term matching too (issue 18, finding 3)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.core.annotate import annotate
from provenance.core.markup import comment_spans, match_view, prose_view
from provenance.ruleset.rulebook import Rulebook
from provenance.text.fold import JOIN


@pytest.mark.parametrize(
    ("text", "path", "written"),
    [
        ("<p>The r&#101;gime fell.</p>", "a.html", "r&#101;gime"),
        ("<p>The reg<b></b>ime fell.</p>", "a.html", "reg<b></b>ime"),
        ("<p>The re<!-- -->gime fell.</p>", "a.html", "re<!-- -->gime"),
        ("<p>The re&shy;gime fell.</p>", "a.html", "re&shy;gime"),
        ("<p>The r<span class=x>egi</span>me fell.</p>", "a.html", "r<span class=x>egi</span>me"),
        ("The reg<b></b>ime fell.\n", "a.md", "reg<b></b>ime"),
        ("The re<!-- x -->gime fell.\n", "a.md", "re<!-- x -->gime"),
        ("The r&#x65;gime fell.\n", "a.md", "r&#x65;gime"),
        ("The r\u0435gime fell.\n", "a.txt", "r\u0435gime"),
        ("The re\u00adgime fell.\n", "a.txt", "re\u00adgime"),
    ],
)
def test_disguised_loaded_terms_are_flagged_as_read(book: Rulebook, text: str, path: str, written: str) -> None:
    doc = annotate(text, book, path)
    loaded = [f for f in doc.findings if f.category == "loaded-term"]
    assert [f.span.text for f in loaded] == [written]
    assert doc.text == text


def test_block_tags_still_separate_words(book: Rulebook) -> None:
    text = "<p>The reg</p><p>ime fell.</p>"
    view = match_view(text, "html")
    assert "\n" in view[view.index("reg") : view.index("ime")]
    assert not [f for f in annotate(text, book, "a.html").findings if f.category == "loaded-term"]


def test_the_prose_view_is_unchanged_by_the_matching_view() -> None:
    text = "<p>The reg<b></b>ime fell.</p>"
    assert JOIN not in prose_view(text, "html")
    assert len(match_view(text, "html")) == len(text)


def test_comment_spans_are_real_comments_only() -> None:
    md = "A `<!-- a -->` b <!-- c -->\n\n```\n<!-- d -->\n```\n"
    assert [md[s:e] for s, e in comment_spans(md, "markdown")] == ["<!-- c -->"]
    html = '<p title="<!-- a -->">x</p><!-- b --><script>"<!-- c -->"</script>'
    assert [html[s:e] for s, e in comment_spans(html, "html")] == ["<!-- b -->"]


@given(st.lists(st.sampled_from(["<!--", "-->", "<!-->", "-", ">", "<!", "a", "\n"]), max_size=30))
def test_plain_text_comments_are_what_the_non_greedy_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    assert comment_spans(text, "text") == [m.span() for m in re.finditer(r"<!--.*?-->", text, re.DOTALL)]

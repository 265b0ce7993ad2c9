"""Any article text at all becomes text on the page: only the renderer's own elements and attributes appear."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import annotate
from provenance.render.html.article import article_html
from provenance.render.html.kinds import number_findings

from .parsed import parse

HOSTILE = ["<script>", "</style>", "<b onclick='x'>", '"', "'", "&amp;", "&", "javascript:", "\u202e", "\u200b"]
WORDS = ["said", " the regime", "“", "”", "\x1b[31m", "\r", "\n\n", "\u2028", " officials said ", "Smith told Reuters"]
PIECES = st.sampled_from([*HOSTILE, *WORDS, "."])
ARTICLE = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=30).map("".join)
ATTRIBUTES = {"class", "data-k", "data-f", "id", "tabindex", "aria-describedby"}


@settings(max_examples=80, deadline=None)
@given(ARTICLE)
def test_article_markup_is_only_ours(text: str) -> None:
    doc = annotate(text)
    parsed = parse(f"<div>{article_html(doc, number_findings(doc), 'p-')}</div>")
    for element in parsed.elements:
        assert element.tag in ("div", "mark", "span", "sup", "p")
        assert set(element.attrs) <= ATTRIBUTES
        if element.tag == "span":
            assert element.attrs.get("class") == "cp" or set(element.attrs) == {"id"}
    for hidden in ("\u202e", "\u200b", "\x1b", "\r", "\u2028"):
        assert hidden not in parsed.text

"""The Markdown report: it parses as intended, and nothing from article text escapes its place."""

from __future__ import annotations

import io
import os

from markdown_it import MarkdownIt
from markdown_it.token import Token

from provenance.core.pipeline import annotate_text
from provenance.model import Document
from provenance.render.markdown_text import inline
from provenance.render.options import RenderOptions
from provenance.render.report import FORMATS
from provenance.render.report.markdown import write as write_report
from provenance.ruleset.rulebook import Rulebook
from tests.conftest import ROOT
from tests.markdown_shape import table_shapes

GOLDEN = ROOT / "tests" / "golden" / "al-tanf-sputnik.report.md"
HOSTILE = (
    "# The | regime `slams` <script>alert(1)</script> back\n\n"
    '"The regime | is `bad` <script>x</script> [x](javascript:alert(1)) </details>," the minister said.\n\n'
    "Mayor [Bob](javascript:alert(2)) <b>Smith</b> said the | regime | fell ![i](http://x/y.png) &#60;b&#62; ~~x~~.\n"
    "# heading at line start, said Dr. <img src=x onerror=alert(3)> Jones.\n"
    "- a list item | and > quote, Reuters reported.\n"
    "The officials in <i>Damascus</i> | have yet to comment.\n"
)
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _report(docs: list[Document]) -> str:
    out = io.StringIO()
    write_report(docs, (), out, RenderOptions())
    return out.getvalue()


def _all(tokens: list[Token]) -> list[Token]:
    return [t for token in tokens for t in (token, *(token.children or []))]


def test_escaping_makes_every_special_character_literal() -> None:
    hostile = "a|b `c` *d* _e_ [f](g) <h> # i ! ~~j~~ & k \\ $m$ @n\nline"
    html = MD.renderInline(inline(hostile))
    assert html == "a|b `c` *d* _e_ [f](g) &lt;h&gt; # i ! ~~j~~ &amp; k \\ $m$ @n line"


def test_hostile_article_text_stays_in_its_cell(book: Rulebook, sample: Document) -> None:
    hostile = annotate_text(HOSTILE, book, "hostile.txt")  # plain text: every character reaches the report
    assert hostile.attributions and any(f.category == "loaded-term" for f in hostile.findings)
    report = _report([sample, hostile])
    tokens = MD.parse(report)
    for rows in table_shapes(tokens):
        assert len(set(rows)) == 1, rows  # every row has the header's column count
    kinds = {t.type for t in _all(tokens)}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "code_inline", "fence", "s_open"}
    headings = [
        "".join(c.content for c in tokens[i + 1].children or [])
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    # Ours alone: title, two parts, four summary sub-headings, one heading per article.
    assert len(headings) == 1 + 2 + 4 + 2
    assert headings[-1].startswith("2. # The | regime `slams` <script>")  # the hostile headline, shown literally
    html = MD.render(report)
    assert "<script" not in html and "</details>" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html


def test_long_articles_are_capped(book: Rulebook) -> None:
    text = "\n\n".join(f'"The regime has fallen {i} times," Minister Jones said.' for i in range(40))
    report = _report([annotate_text(text, book, "long.txt")])
    assert "more attributions not shown." in report
    assert "- … and " in report


def test_registered_format_is_the_report_writer(sample: Document) -> None:
    out = io.StringIO()
    FORMATS["markdown"]([sample], (), out, RenderOptions())
    assert out.getvalue().startswith("# Provenance report\n")


def test_golden_sample_report(sample: Document) -> None:
    report = _report([sample])
    if os.environ.get("PROVENANCE_UPDATE_GOLDEN"):
        GOLDEN.write_text(report, encoding="utf-8")
    assert report == GOLDEN.read_text(encoding="utf-8")


def test_every_article_has_a_right_of_reply_section(book: Rulebook) -> None:
    accused = annotate_text("Budget row\n\nMayor Janet Cole | covered up the audit, insiders said.\n", book, "a.txt")
    quiet = annotate_text("Budget passes\n\nThe council approved the budget on Monday.\n", book, "b.txt")
    report = _report([accused, quiet])
    assert report.count("**Right of reply**") == 2
    assert "No accused party found." in report
    rows = [line for line in report.splitlines() if "not heard, not sought" in line]
    assert len(rows) == 1 and "| insiders |" in rows[0].lower() and "“covered up”" in rows[0]


def test_a_party_named_by_a_demonym_shows_the_state_and_the_words(book: Rulebook) -> None:
    # why: the row's party is "Russia" but the article wrote "Russian": the report shows both.
    text = "Strike kills 14\n\nGovernor Oleh Syniehubov said a Russian missile strike on a market killed 14 people.\n"
    report = _report([annotate_text(text, book, "a.txt")])
    assert "| Russia (“Russian”) |" in report

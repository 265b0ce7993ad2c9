"""Tests for provenance/trace/render_markdown.py."""

from __future__ import annotations

from markdown_it import MarkdownIt

from provenance.trace.index import TraceIndex
from provenance.trace.render_markdown import inline, trace_markdown
from provenance.trace.tracer import Tracer

from .results import traced


def test_untrusted_text_cannot_open_markup() -> None:
    assert inline("<b>*x*</b> [l](u) `c` | &amp;") == r"\<b\>\*x\*\</b\> \[l\](u) \`c\` \| &amp;amp;"
    assert inline("") == "—" and inline("a\nb") == "a b"
    assert inline("x" * 500).endswith("…")


def test_section_lists_origin_and_changes_with_lines() -> None:
    text = trace_markdown(traced())
    assert text.startswith("### Trace: copy\\|\\[red\\].txt")
    assert "| origin \\<b\\>.txt: City council approves" in text
    assert "`trace.credit-missing`" in text and "| 1 | info | `trace.headline-rewritten`" in text
    html = MarkdownIt().enable("table").render(text)
    assert "<script>" not in html and "<b>" not in html


def test_no_origin_says_so() -> None:
    empty = Tracer(TraceIndex.in_memory()).text("A headline\n\nA body sentence of some length.\n", "x.txt")
    assert "No reused text found" in trace_markdown(empty)

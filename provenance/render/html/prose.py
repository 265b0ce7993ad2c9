"""What a span says as a reader sees it: for Markdown and HTML articles, without the markup inside it."""

from __future__ import annotations

from functools import lru_cache

from provenance.markup import ENTITY_PAD, detect_format, display_view, readable
from provenance.model import Document, Span


@lru_cache(maxsize=8)
def view(text: str, fmt: str) -> str:
    """The display view of a text (itself for plain text), cached: every card of an article reads it."""
    return display_view(text, fmt)


def document_view(doc: Document) -> str:
    """The article as prose, at the same offsets as its text (markup blanked, entities padded with NUL)."""
    return view(doc.text, detect_format(doc.path))


def span_text(doc: Document, span: Span) -> str:
    """The span's text as prose on one line; a plain-text article's span as written."""
    if detect_format(doc.path) == "text":
        return span.text
    return readable(document_view(doc)[span.start : span.end]) or readable(span.text.replace(ENTITY_PAD, ""))


def range_text(doc: Document, start: int, end: int) -> str:
    """Like span_text for a range of the text."""
    return span_text(doc, Span(start, end, doc.text[start:end]))

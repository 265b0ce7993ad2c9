"""What a span says as a reader sees it: for Markdown and HTML articles, without the markup inside it."""

from __future__ import annotations

from provenance.model import ENTITY_PAD, Document, Span, readable


def document_view(doc: Document) -> str:
    """The article as prose, at the same offsets as its text (markup blanked, entities padded with NUL)."""
    return doc.view


def span_text(doc: Document, span: Span) -> str:
    """The span's text as prose on one line; a plain-text article's span as written."""
    if doc.display is None:
        return span.text
    return doc.shown(span.start, span.end) or readable(span.text.replace(ENTITY_PAD, ""))


def range_text(doc: Document, start: int, end: int) -> str:
    """Like span_text for a range of the text."""
    return span_text(doc, Span(start, end, doc.text[start:end]))

"""Paragraph-level helpers for cue finding: items per paragraph, a title line, quote-only paragraphs."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise
from typing import TypeVar

from provenance.model import Quotation, Segmentation, Span
from provenance.text.tokens import trimmed_span

_TITLE_MAX = 160  # characters: a longer first line is a paragraph, not a title
T = TypeVar("T")


def per_paragraph(paragraphs: Sequence[Span], items: Sequence[T], starts: list[int]) -> list[list[T]]:
    """For each paragraph, the items that start in it, in order: by bisection when the starts are sorted (as
    segment() makes them), so a long document costs n log n rather than paragraphs x items."""
    if all(a <= b for a, b in pairwise(starts)):
        return [list(items[bisect_left(starts, p.start) : bisect_left(starts, p.end)]) for p in paragraphs]
    return [[item for item, at in zip(items, starts, strict=True) if p.start <= at < p.end] for p in paragraphs]


def title_line(seg: Segmentation, sentences_of: list[list[Span]]) -> Span | None:
    """A short one-sentence first line above the body, read as a title even when it ends in a period."""
    # Some archives end every headline with a period ("Poll: Trump ties Clinton."), so segmentation does not
    # call it a headline; for "Name: claim" it still reads as one.
    paragraphs = seg.paragraphs
    if len(paragraphs) < 2 or len(sentences_of[0]) != 1 or len(paragraphs[0].text) > _TITLE_MAX:
        return None
    return paragraphs[0] if "\n" not in paragraphs[0].text else None


def quote_only(text: str, paragraph: Span, quotes: list[Quotation]) -> bool:
    """Whether the paragraph holds nothing but its quotations (and punctuation)."""
    outside = text[paragraph.start : paragraph.end]
    for q in reversed(quotes):
        outside = outside[: q.span.start - paragraph.start] + outside[q.span.end - paragraph.start :]
    return not outside.strip(" \t.,;:…\u00a0")


def continued_quote(text: str, paragraph: Span, quotes: list[Quotation], taken: Span | None) -> Span | None:
    """The content of a quote-only paragraph that carries on the previous speaker, unless a cue already took it."""
    if not quotes or (taken is not None and taken.start >= paragraph.start) or not quote_only(text, paragraph, quotes):
        return None
    return trimmed_span(text, quotes[0].inner.start, quotes[-1].inner.end)

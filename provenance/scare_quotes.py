"""Scare quotes: a word or two in quotation marks in the narrator's voice that nobody is said to have said."""

from __future__ import annotations

from provenance.attribution.tokens import Words
from provenance.model import Attribution, Finding, Segmentation, Span, Voice
from provenance.ruleset.rules import ScareQuoteRule

_TITLE_MIN_WORDS = 2  # "Fire and Fury": every main word capitalised names a book or film, not a sneer
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"})
_CUE_REACH = 3  # words before the quotation in which "called", "titled", "the word" may stand


def _attributed(start: int, end: int, attributions: tuple[Attribution, ...]) -> bool:
    return any(a.content is not None and a.content.start < end and start < a.content.end for a in attributions)


def _previous_words(words: Words, offset: int, count: int) -> list[str]:
    tokens = words.between(max(0, offset - 60), offset)
    return [t.lower for t in tokens[-count:]]


def scare_quotes(
    text: str,
    seg: Segmentation,
    attributions: tuple[Attribution, ...],
    rules: list[ScareQuoteRule],
    tokens: Words | None = None,
) -> list[Finding]:
    """A finding per short, unattributed quotation outside headlines, names and titles."""
    tokens = tokens if tokens is not None else Words(text)
    findings = []
    for rule in rules:
        for quote in seg.quotations:
            inner = quote.inner
            words = tokens.between(inner.start, inner.end)
            if not words or len(words) > rule.max_words or not quote.closed:
                continue
            if seg.headline is not None and seg.headline.start <= quote.span.start < seg.headline.end:
                continue
            if len(words) >= _TITLE_MIN_WORDS and all(w.capitalized or w.lower in _TITLE_SMALL_WORDS for w in words):
                continue
            if _attributed(quote.span.start, quote.span.end, attributions):
                continue
            before = _previous_words(tokens, quote.span.start, _CUE_REACH)
            pairs = {" ".join(before[k : k + 2]) for k in range(len(before) - 1)}
            if any(w in rule.mention_cues for w in before) or pairs & rule.mention_cues:
                continue
            span = Span(inner.start, inner.end, inner.text)
            message = (rule.meta.message or "Scare quotes around “{match}”.").replace("{match}", inner.text)
            findings.append(
                Finding(rule.meta.id, rule.meta.category, rule.meta.severity, span, message, Voice.NARRATOR, None,
                        rule.meta.label, "name who uses the word, or drop the quotation marks")
            )
    return findings

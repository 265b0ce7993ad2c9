"""The passages alignment works on: an annotated text's body sentences, grouped by paragraph, with their words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.model import Document, Span
from provenance.trace.shingles import Token, tokens

_ANY_WORD = re.compile(r"\w")
CREDIT_LINE_WORDS = 8  # "Source: Sputnik", "(Reporting by Jane Doe; editing by ...)" are credits, not copy
LINE_CREDIT_RULES = (".credit-line", ".agency-credit")  # relay rules that match a whole paragraph (rules/relays.yaml)


@dataclass(frozen=True, slots=True)
class Passage:
    """A body sentence: its span, the paragraph it belongs to (index into `body_paragraphs`) and its words."""

    span: Span
    paragraph: int
    words: tuple[Token, ...]

    @property
    def norms(self) -> list[str]:
        """The normalised words, for matching."""
        return [w.norm for w in self.words]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def credit_lines(doc: Document) -> list[Span]:
    """Credit paragraphs and short sentences that carry a relay (datelines on their own): kept out of the comparison.

    A line rule matched the whole paragraph, so every sentence of it is credit ("Copyright 2026 The Associated
    Press. All rights reserved. This material may not be published..."), however long.
    """
    credits = [
        p
        for p in doc.segmentation.paragraphs
        if any(r.rule.endswith(LINE_CREDIT_RULES) and p.start <= r.span.start < p.end for r in doc.relays)
    ]
    found = []
    for sentence in doc.segmentation.sentences:
        if any(_overlaps(sentence, p) for p in credits):
            found.append(sentence)
            continue
        relayed = any(_overlaps(sentence, relay.span) for relay in doc.relays)
        if relayed and len(tokens(doc.text, sentence.start, sentence.end)) <= CREDIT_LINE_WORDS:
            found.append(sentence)
    return found


def _body_sentences(doc: Document) -> list[Span]:
    """Sentences with words, other than the headline, page furniture and credit lines ("…" alone is no passage)."""
    skip = [s for s in (doc.segmentation.headline,) if s is not None]
    skip += list(doc.segmentation.boilerplate) + credit_lines(doc)
    return [
        s
        for s in doc.segmentation.sentences
        if not any(_overlaps(s, k) for k in skip) and _ANY_WORD.search(doc.text, s.start, s.end)
    ]


def body_paragraphs(doc: Document) -> list[Span]:
    """Paragraphs holding at least one body sentence (not the headline, page furniture or a credit line)."""
    sentences = _body_sentences(doc)
    return [p for p in doc.segmentation.paragraphs if any(_overlaps(p, s) for s in sentences)]


def passages(doc: Document) -> list[Passage]:
    """The body sentences of a document, in text order."""
    paragraphs = body_paragraphs(doc)
    found = []
    for sentence in _body_sentences(doc):
        home = next((i for i, p in enumerate(paragraphs) if p.start <= sentence.start < p.end), None)
        if home is None:
            continue
        words = tuple(tokens(doc.text, sentence.start, sentence.end))
        if words:
            found.append(Passage(sentence, home, words))
    return found

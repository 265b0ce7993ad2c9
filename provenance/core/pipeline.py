"""The pure core: text and rules in, one Document out. Nothing here prints or reads config."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from provenance.core.attribution.extract import Extractor
from provenance.core.attribution.kinds import speaks_of_itself
from provenance.core.attribution.mention import listed_speaker_noun
from provenance.core.attribution.speakers import resolve
from provenance.core.segment import segment
from provenance.core.stages.claims import unattributed_claims
from provenance.core.stages.findings import (
    attribution_findings,
    comment_findings,
    letter_findings,
    relay_findings,
    term_findings,
)
from provenance.core.stages.patterns import PatternBudget, missing_comments, relays
from provenance.core.stages.readability import measure
from provenance.core.stages.reply import reply_checks, reply_findings
from provenance.core.stages.scare_quotes import mentioned, scare_quotes
from provenance.core.stages.voice import letters
from provenance.model import Document, Segmentation, Span
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import AttributionPhrasesRule
from provenance.ruleset.terms import lowered
from provenance.text.tokens import Words


def annotate_text(
    text: str,
    book: Rulebook,
    path: str | None = None,
    readability: bool = True,
    title: Span | None = None,
    match_view: str | None = None,
) -> Document:
    """Annotate one article's text with the given rules.

    `title` is a headline the markup names; `match_view` is the markup layer's view for term matching.
    """
    shown_seg = segment(text, book.abbreviations, book.boilerplate, book.furniture, title)
    shown = text
    # Page furniture is never annotated: every stage reads the text with it blanked (offsets unchanged).
    text, seg = _article_only(text, shown_seg)
    if match_view is not None and shown_seg.boilerplate:
        match_view, _ = _article_only(match_view, shown_seg)
    lexicon = book.lexicon
    words = Words(text)  # tokenised once; extraction, reply and scare quotes take their spans from it
    if lexicon is not None:
        extractor = Extractor(text, seg, book, lexicon, words)
        found = extractor.run()
        entities = extractor.entities()
        common = partial(listed_speaker_noun, lexicon=lexicon)
        speakers, attributions = resolve(
            text, found, entities, lexicon.narrator, lexicon.genders, lexicon.titles | lexicon.post_nominals,
            common_noun=common,
            of_itself=partial(speaks_of_itself, lexicon=lexicon),
        )
    else:
        speakers, attributions = (), ()
    budget = PatternBudget()
    relayed = relays(text, seg, book, budget)
    notes = missing_comments(text, seg, book, lexicon, budget)
    letter_spans = letters(seg, book.letters)
    hits = mentioned(list(book.terms.find(text, lowered(text), match_view)), text, seg, book.scare_quotes, words)
    reply = book.reply
    replies = (
        reply_checks(text, seg, attributions, speakers, notes, reply, lexicon, dict(book.verbs), words)
        if reply is not None and lexicon is not None
        else ()
    )
    findings = [
        *attribution_findings(book, attributions, speakers),
        *relay_findings(book, relayed),
        *comment_findings(book, notes),
        *term_findings(
            hits, text, seg, attributions, tuple(body for _, body, _ in letter_spans),
            lexicon.narrator if lexicon is not None else frozenset(),
            frozenset(p for rule in book.of_type(AttributionPhrasesRule) for p in rule.outlet_worded),
        ),
        *letter_findings(letter_spans),
        *scare_quotes(text, seg, attributions, book.scare_quotes, book.verbs, words),
        *(reply_findings(replies, reply, seg, attributions, speakers) if reply is not None else ()),
    ]
    for claim_rule in book.claims:
        findings.extend(unattributed_claims(text, seg, attributions, findings, claim_rule))
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.rule))
    figures = measure(text, len(seg.sentences)) if readability else None
    return Document(
        text=shown,
        path=path,
        segmentation=shown_seg,
        findings=tuple(findings),
        speakers=speakers,
        attributions=attributions,
        relays=tuple(relayed),
        missing_comments=tuple(notes),
        # A text without words has no readability; zeros would read as "very hard".
        readability=figures if figures is not None and figures.words else None,
        replies=replies,
        warnings=budget.warnings(),
    )


def _article_only(text: str, seg: Segmentation) -> tuple[str, Segmentation]:
    """Text and paragraphs with the boilerplate blanked: "You might also like" gets no findings, no readability."""
    if not seg.boilerplate:
        return text, seg
    chars = list(text)
    for span in seg.boilerplate:
        chars[span.start : span.end] = " " * (span.end - span.start)
    blanked = "".join(chars)
    furniture = set(seg.boilerplate)
    paras = tuple(Span(p.start, p.end, blanked[p.start : p.end]) if p in furniture else p for p in seg.paragraphs)
    return blanked, replace(seg, paragraphs=paras)

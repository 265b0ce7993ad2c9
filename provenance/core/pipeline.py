"""The pure core: text and rules in, one Document out. Nothing here prints or reads config."""

from __future__ import annotations

from provenance.core.attribution.extract import Extractor
from provenance.core.attribution.speakers import resolve
from provenance.core.segment import segment
from provenance.core.stages.claims import unattributed_claims
from provenance.core.stages.findings import attribution_findings, comment_findings, relay_findings, term_findings
from provenance.core.stages.patterns import PatternBudget, missing_comments, relays
from provenance.core.stages.readability import measure
from provenance.core.stages.reply import reply_checks, reply_findings
from provenance.core.stages.scare_quotes import scare_quotes
from provenance.model import Document, Segmentation
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.terms import lowered
from provenance.text.tokens import Words


def annotate_text(text: str, book: Rulebook, path: str | None = None, readability: bool = True) -> Document:
    """Annotate one article's text with the given rules."""
    seg = segment(text, book.abbreviations, book.boilerplate)
    lexicon = book.lexicon
    words = Words(text)  # tokenised once; extraction, reply and scare quotes take their spans from it
    if lexicon is not None:
        extractor = Extractor(text, seg, book, lexicon, words)
        found = extractor.run()
        speakers, attributions = resolve(text, found, extractor.entities(), lexicon.narrator, lexicon.genders)
    else:
        speakers, attributions = (), ()
    budget = PatternBudget()
    relayed = relays(text, seg, book, budget)
    notes = missing_comments(text, seg, book, lexicon, budget)
    hits = list(book.terms.find(text, lowered(text)))
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
        *term_findings(hits, text, seg, attributions),
        *scare_quotes(text, seg, attributions, book.scare_quotes, book.verbs, words),
        *(reply_findings(replies, reply, seg, attributions, speakers) if reply is not None else ()),
    ]
    for claim_rule in book.claims:
        findings.extend(unattributed_claims(text, seg, attributions, findings, claim_rule))
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.rule))
    figures = measure(_article_only(text, seg), len(seg.sentences)) if readability else None
    return Document(
        text=text,
        path=path,
        segmentation=seg,
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


def _article_only(text: str, seg: Segmentation) -> str:
    """The text with its boilerplate paragraphs blanked, so "You might also like" adds no words to readability."""
    for span in seg.boilerplate:
        text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text

"""Unattributed claims: narrator sentences with charged wording or claim words and no attribution nearby."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from provenance.model import Attribution, Finding, Segmentation, Span, Voice
from provenance.ruleset.rules import ClaimRule
from provenance.text.literals import WordPlaces, exact_for
from provenance.text.spans import Overlaps


def _paragraph_of(offset: int, paragraphs: tuple[Span, ...], starts: list[int] | None) -> Span | None:
    """The first paragraph holding the offset; by bisection when `starts` (their sorted starts) is given."""
    if starts is None:
        return next((p for p in paragraphs if p.start <= offset < p.end), None)
    k = bisect_right(starts, offset) - 1
    return paragraphs[k] if k >= 0 and paragraphs[k].start <= offset < paragraphs[k].end else None


def _holding_a_claim_word(text: str, sentences: tuple[Span, ...], rule: ClaimRule) -> set[int] | None:
    """Indexes of the sentences whose lower-cased text holds a claim word, so the regex runs only there (None:
    run it everywhere). Exact for ASCII words on texts where lower-casing keeps offsets (see literals.py)."""
    words = frozenset(w.lower() for w in rule.claim_words)
    spans = [(s.start, s.end) for s in sentences]
    if not all(w and w.isascii() for w in words) or not exact_for(text) or any(a[1] > b[0] for a, b in pairwise(spans)):
        return None
    return WordPlaces(text.lower(), spans, words).meeting((words,))


def unattributed_claims(
    text: str, seg: Segmentation, attributions: tuple[Attribution, ...], findings: list[Finding], rule: ClaimRule
) -> list[Finding]:
    """A finding per narrator sentence that makes a charged or emphatic claim with no attribution in its scope."""
    words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(rule.claim_words, key=len, reverse=True))
                       + r")\b", re.IGNORECASE) if rule.claim_words else None
    out = []
    # Triggers by position (keeping list order to pick the first), so each sentence costs a bisection rather
    # than a pass over every finding: long documents were quadratic.
    triggers = sorted((f.span.start, i) for i, f in enumerate(findings)
                      if f.category in rule.trigger_categories and f.voice is Voice.NARRATOR)
    trigger_starts = [start for start, _ in triggers]
    paragraph_starts: list[int] | None = [p.start for p in seg.paragraphs]
    if paragraph_starts is not None and any(a > b for a, b in pairwise(paragraph_starts)):
        paragraph_starts = None  # segment() keeps them in order; anything else gets the plain scan
    # Every cue, source and content, bisected: a pass over the attributions per sentence was quadratic.
    attributed = Overlaps(part for a in attributions for part in (a.cue, a.source, a.content) if part is not None)
    worth_searching = _holding_a_claim_word(text, seg.sentences, rule) if words else None
    for k, sentence in enumerate(seg.sentences):
        if seg.headline is not None and seg.headline.start <= sentence.start < seg.headline.end:
            continue
        scope = sentence
        if rule.scope == "paragraph":
            scope = _paragraph_of(sentence.start, seg.paragraphs, paragraph_starts) or sentence
        inside = triggers[bisect_left(trigger_starts, sentence.start) : bisect_left(trigger_starts, sentence.end)]
        charged = [findings[i] for i in sorted(i for _, i in inside)]
        searched = worth_searching is None or k in worth_searching
        emphatic = words.search(text, sentence.start, sentence.end) if words and searched else None
        if not (charged or emphatic) or attributed.any(scope.start, scope.end):
            continue
        trigger = charged[0].span.text if charged else emphatic.group() if emphatic else ""
        message = (rule.meta.message or "Unattributed claim.").replace("{match}", trigger)
        out.append(Finding(rule.meta.id, rule.meta.category, rule.meta.severity, sentence, message, Voice.NARRATOR,
                           None, rule.meta.label, "attribute the claim, or support it with facts"))
    return out

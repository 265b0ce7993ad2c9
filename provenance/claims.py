"""Unattributed claims: narrator sentences with charged wording or claim words and no attribution nearby."""

from __future__ import annotations

import re

from provenance.model import Attribution, Finding, Segmentation, Span, Voice
from provenance.ruleset.rules import ClaimRule


def _overlaps(span: Span, attributions: tuple[Attribution, ...]) -> bool:
    for a in attributions:
        for part in (a.cue, a.source, a.content):
            if part is not None and part.start < span.end and span.start < part.end:
                return True
    return False


def unattributed_claims(
    text: str, seg: Segmentation, attributions: tuple[Attribution, ...], findings: list[Finding], rule: ClaimRule
) -> list[Finding]:
    """A finding per narrator sentence that makes a charged or emphatic claim with no attribution in its scope."""
    words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(rule.claim_words, key=len, reverse=True))
                       + r")\b", re.IGNORECASE) if rule.claim_words else None
    out = []
    for sentence in seg.sentences:
        if seg.headline is not None and seg.headline.start <= sentence.start < seg.headline.end:
            continue
        scope = sentence
        if rule.scope == "paragraph":
            scope = next((p for p in seg.paragraphs if p.start <= sentence.start < p.end), sentence)
        charged = [f for f in findings if f.category in rule.trigger_categories and f.voice is Voice.NARRATOR
                   and sentence.start <= f.span.start < sentence.end]
        emphatic = words.search(text, sentence.start, sentence.end) if words else None
        if not (charged or emphatic) or _overlaps(scope, attributions):
            continue
        trigger = charged[0].span.text if charged else emphatic.group() if emphatic else ""
        message = (rule.meta.message or "Unattributed claim.").replace("{match}", trigger)
        out.append(Finding(rule.meta.id, rule.meta.category, rule.meta.severity, sentence, message, Voice.NARRATOR,
                           None, rule.meta.label, "attribute the claim, or support it with facts"))
    return out

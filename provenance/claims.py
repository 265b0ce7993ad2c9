"""Unattributed claims: narrator sentences with charged wording or claim words and no attribution nearby."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from provenance.model import Attribution, Finding, Segmentation, Span, Voice
from provenance.ruleset.rules import ClaimRule


class _Parts:
    """Attribution parts sorted by start, with the furthest end so far: overlap tests by bisection, not a scan."""

    def __init__(self, attributions: tuple[Attribution, ...]) -> None:
        parts = sorted((p.start, p.end) for a in attributions for p in (a.cue, a.source, a.content) if p is not None)
        self.starts = [start for start, _ in parts]
        self.furthest = list(accumulate((end for _, end in parts), max))

    def overlap(self, span: Span) -> bool:
        """Whether any part overlaps `span`."""
        last = bisect_left(self.starts, span.end) - 1  # the parts starting before span.end end at most here
        return last >= 0 and self.furthest[last] > span.start


def unattributed_claims(
    text: str, seg: Segmentation, attributions: tuple[Attribution, ...], findings: list[Finding], rule: ClaimRule
) -> list[Finding]:
    """A finding per narrator sentence that makes a charged or emphatic claim with no attribution in its scope."""
    words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(rule.claim_words, key=len, reverse=True))
                       + r")\b", re.IGNORECASE) if rule.claim_words else None
    out = []
    parts = _Parts(attributions)
    narrator = sorted(
        (f.span.start, i) for i, f in enumerate(findings)
        if f.category in rule.trigger_categories and f.voice is Voice.NARRATOR
    )
    starts = [start for start, _ in narrator]
    paragraph_starts = [p.start for p in seg.paragraphs]
    for sentence in seg.sentences:
        if seg.headline is not None and seg.headline.start <= sentence.start < seg.headline.end:
            continue
        scope = sentence
        if rule.scope == "paragraph":
            at = bisect_right(paragraph_starts, sentence.start) - 1
            held = at >= 0 and sentence.start < seg.paragraphs[at].end
            scope = seg.paragraphs[at] if held else sentence
        inside = narrator[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        charged = [findings[i] for _, i in inside]
        emphatic = words.search(text, sentence.start, sentence.end) if words else None
        if not (charged or emphatic) or parts.overlap(scope):
            continue
        trigger = charged[0].span.text if charged else emphatic.group() if emphatic else ""
        message = (rule.meta.message or "Unattributed claim.").replace("{match}", trigger)
        out.append(Finding(rule.meta.id, rule.meta.category, rule.meta.severity, sentence, message, Voice.NARRATOR,
                           None, rule.meta.label, "attribute the claim, or support it with facts"))
    return out

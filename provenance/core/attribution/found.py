"""An attribution as cue finding first sees it, and the nesting rule that keeps or trims it within a sentence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from provenance.core.attribution.content import ContentSpans
from provenance.core.attribution.mention import Mention
from provenance.model import AttributionKind, Span
from provenance.ruleset.rules import AttributionVerbsRule, VerbCue

_REACH = 8  # earlier attributions of a sentence that a later clause with its own subject may cut


@dataclass(frozen=True, slots=True)
class Found:
    """An attribution before its speaker is resolved: the mention says who, in this sentence's words."""

    rule: str
    cue: Span
    mention: Mention | None  # None: inherits the previous speaker (participle or continuation)
    content: Span | None
    kind: AttributionKind
    paragraph: int
    unsourced: bool = False  # "is expected to": no source is named, so none is inherited either
    # "Americans supporting Trump": a position with no reported content; PolNeAR counts it as an attribution, but
    # its subject says nothing, so it names no speaker.
    position_only: bool = False


def outer(
    found: list[Found],
    spans: ContentSpans,
    verbs: Mapping[str, tuple[VerbCue, AttributionVerbsRule]],
    subordinate: bool,
) -> list[Found]:
    """One sentence's attributions, in cue order, with belief and stance cues inside earlier content dropped and
    earlier content cut before a later clause with a speaker of its own."""
    # "Clinton said she thinks America is strongest": a view inside reported speech is part of that
    # speech, not a second attribution; nested verbs of saying ("said Y told him") stay.
    kept: list[Found] = []
    for f in found:
        if f.mention is not None and f.mention.start < f.cue.start:
            # Only the nearest few: a sentence with more attributions is a list or run-on text (a transcript with
            # no punctuation is one "sentence"), and cutting every pair was quadratic in it.
            kept[-_REACH:] = [_cut(k, f, spans, subordinate) for k in kept[-_REACH:]]
        entry = verbs.get(f.cue.text.lower())
        weak = entry is not None and entry[0].kind in ("belief", "stance")
        if weak and any(k.content and k.content.start <= f.cue.start < k.content.end for k in kept):
            continue
        kept.append(f)
    return kept


def _cut(earlier: Found, later: Found, spans: ContentSpans, subordinate: bool) -> Found:
    # "He admits A, but ultimately Prager thinks B" and "While she says A, she applauds B": A ends before the
    # clause with a speaker of its own; "Sanders, who had said A, criticized B": A ends before the main verb.
    assert later.mention is not None
    if earlier.content is None:
        return earlier
    if later.mention.start < earlier.cue.start:
        cut = spans.before_clause(earlier.content, later.cue.start, bare=True)
    else:
        cut = spans.before_clause(earlier.content, later.mention.start, bare=subordinate)
    return earlier if cut is None else replace(earlier, content=cut, kind=spans.kind(cut))

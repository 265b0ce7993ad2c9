"""Whose words a span is: the narrator's, a quotation's, a paraphrase's, or the headline's."""

from __future__ import annotations

from provenance.model import Attribution, AttributionKind, Segmentation, Voice


def _covers(outer_start: int, outer_end: int, start: int, end: int) -> bool:
    return outer_start <= start and end <= outer_end


def voice_of(
    start: int, end: int, seg: Segmentation, attributions: tuple[Attribution, ...]
) -> tuple[Voice, str | None]:
    """The voice of text[start:end] and, for quoted or paraphrased words, the speaker id."""
    owner = next((a for a in attributions if a.content and _covers(a.content.start, a.content.end, start, end)), None)
    speaker = owner.speaker if owner else None
    if seg.headline is not None and _covers(seg.headline.start, seg.headline.end, start, end):
        return Voice.HEADLINE, speaker
    quote = next((q for q in seg.quotations if _covers(q.inner.start, q.inner.end, start, end)), None)
    if quote is not None:
        if owner is None:  # a quotation inside a paraphrase's sentence may sit outside the content span
            owner = next(
                (
                    a
                    for a in attributions
                    if a.content
                    and a.kind is not AttributionKind.INDIRECT
                    and a.content.start <= quote.span.end
                    and quote.span.start <= a.content.end
                ),
                None,
            )
        return Voice.QUOTED, owner.speaker if owner else None
    if owner is not None:
        return Voice.PARAPHRASE, speaker
    return Voice.NARRATOR, None

"""Whose words a span is: the narrator's, a quotation's, a paraphrase's, or the headline's."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from provenance.model import Attribution, AttributionKind, Quotation, Segmentation, Span, Voice
from provenance.ruleset.rules import LetterRule
from provenance.text.keys import boilerplate_key

_MAX_CARRIED = 12  # paragraphs a quotation may run on without reopening before an unclosed mark is taken as a typo
_OPENING = re.compile(r"[“«„]|\"(?=[^\W_])")  # a mark that opens a new quotation
_CLOSING = re.compile(r"[”»]|(?<=[^\s\"])\"")  # a mark that closes one


def _covers(outer_start: int, outer_end: int, start: int, end: int) -> bool:
    return outer_start <= start and end <= outer_end


class VoiceIndex:
    """Voices of spans in one document, found by bisection.

    A scan of every attribution and quotation per term hit was quadratic: a long transcript with thousands of
    attributions took minutes. Contents are indexed by start; only those starting within the longest content's
    length before a span can cover it, and the first in attribution order wins, as a plain scan would choose.
    """

    def __init__(
        self,
        seg: Segmentation,
        attributions: tuple[Attribution, ...],
        text: str | None = None,
        letters: tuple[Span, ...] = (),
        narrator: frozenset[str] = frozenset(),
        outlet_worded: frozenset[str] = frozenset(),
    ) -> None:
        self.seg = seg
        self._narrator = narrator
        self._outlet_worded = outlet_worded
        owned = sorted((a.content.start, i) for i, a in enumerate(attributions) if a.content is not None)
        self._starts = [start for start, _ in owned]
        self._order = [i for _, i in owned]
        self._attributions = attributions
        self._reach = max((a.content.end - a.content.start for a in attributions if a.content), default=0)
        self._quote_starts = [q.inner.start for q in seg.quotations]
        self._sorted_quotes = all(a <= b for a, b in zip(self._quote_starts, self._quote_starts[1:], strict=False))
        self._letters = letters
        # Without the text (older callers), quotations carried over line breaks are not looked for.
        self._carried = carried_quotations(text, seg) if text is not None else []
        self._carried_starts = [span.start for span, _ in self._carried]

    def _first(self, low: int, high: int, start: int, end: int, quoted_only: bool) -> Attribution | None:
        """The first attribution (in document order of extraction) whose content starts in [low, high] and fits."""
        window = self._order[bisect_left(self._starts, low) : bisect_right(self._starts, high)]
        for i in sorted(window):
            a = self._attributions[i]
            content = a.content
            if content is None:
                continue
            if quoted_only:
                if a.kind is not AttributionKind.INDIRECT and content.start <= end and start <= content.end:
                    return a
            elif _covers(content.start, content.end, start, end):
                return a
        return None

    def _quote(self, start: int, end: int) -> Quotation | None:
        quotes = self.seg.quotations
        if not self._sorted_quotes:
            return next((q for q in quotes if _covers(q.inner.start, q.inner.end, start, end)), None)
        k = bisect_right(self._quote_starts, start) - 1
        # Quotations do not overlap, so only the last one opening at or before `start` can hold the span.
        return quotes[k] if k >= 0 and _covers(quotes[k].inner.start, quotes[k].inner.end, start, end) else None

    def voice_of(self, start: int, end: int) -> tuple[Voice, str | None]:
        """The voice of text[start:end] and, for quoted or paraphrased words, the speaker id."""
        owner = self._first(start - self._reach, start, start, end, quoted_only=False)
        speaker = owner.speaker if owner else None
        headline = self.seg.headline
        if headline is not None and _covers(headline.start, headline.end, start, end):
            # Headlines quote in single marks: Beijing accuses Canberra of 'Cold War mentality'
            quoted = _single_quoted(headline.text, start - headline.start, end - headline.start)
            return (Voice.QUOTED if quoted else Voice.HEADLINE), speaker
        if any(_covers(letter.start, letter.end, start, end) for letter in self._letters):
            return Voice.QUOTED, speaker  # a reader's letter printed in full: the writer's words
        quote = self._quote(start, end)
        k = bisect_right(self._carried_starts, start) - 1  # carried stretches are disjoint and in text order
        stretch = self._carried[k][0] if k >= 0 else None
        carried = self._carried[k][1] if stretch and _covers(stretch.start, stretch.end, start, end) else None
        if carried is not None:
            span = carried.span
            who = self._first(span.start - self._reach, span.end, span.start, span.end, quoted_only=True)
            return Voice.QUOTED, who.speaker if who else speaker
        if quote is not None:
            if owner is None:  # a quotation inside a paraphrase's sentence may sit outside the content span
                span = quote.span
                owner = self._first(span.start - self._reach, span.end, span.start, span.end, quoted_only=True)
            return Voice.QUOTED, owner.speaker if owner else None
        if owner is not None and not self._first_person(owner) and not self._worded_by_outlet(owner):
            return Voice.PARAPHRASE, speaker
        return Voice.NARRATOR, None

    def _first_person(self, attribution: Attribution) -> bool:
        """Whether the source is the writer ("we can reveal", "I have argued"): outside quotations, the narrator."""
        source = attribution.source
        return source is not None and source.text.lower() in self._narrator

    def _worded_by_outlet(self, attribution: Attribution) -> bool:
        """Whether the cue states the claim in the outlet's words ("…, according to X"): the narrator's voice."""
        cue = attribution.cue
        return cue is not None and " ".join(cue.text.lower().split()) in self._outlet_worded


_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘]([^'‘’\n]+)['’](?=$|[\s,.:;!?)])")


def _single_quoted(line: str, start: int, end: int) -> bool:
    """Whether [start, end) of a headline lies inside 'single quotation marks' (not an apostrophe: Assad's)."""
    return any(m.start(1) <= start and end <= m.end(1) for m in _SINGLE.finditer(line))


def carried_quotations(text: str, seg: Segmentation) -> list[tuple[Span, Quotation]]:
    """Stretches of later paragraphs inside a quotation left open at a paragraph's end and closed further on.

    Corpora with one sentence per line (PTC) break a long quotation over lines without reopening it; the lines
    up to the closing mark are still quoted. A quotation reopened on the next paragraph (“ … / “ … ”) is already
    a quotation of its own; one never closed within a few paragraphs is a typo and carries nothing.
    """
    paragraphs = seg.paragraphs
    starts = [p.start for p in paragraphs]
    last_in: dict[int, Quotation] = {}  # paragraph index -> its last quotation, found in one pass
    for quote in seg.quotations:
        last_in[bisect_right(starts, quote.span.start) - 1] = quote
    carried: list[tuple[Span, Quotation]] = []
    for index, opened in sorted(last_in.items()):
        if index < 0 or opened.closed:
            continue
        stretch: list[Span] = []
        for following in paragraphs[index + 1 : index + 1 + _MAX_CARRIED]:
            body = text[following.start : following.end]
            opening, closing = _OPENING.search(body), _CLOSING.search(body)
            if closing is not None and (opening is None or closing.start() <= opening.start()):
                stretch.append(Span(following.start, following.start + closing.start(), body[: closing.start()]))
                carried += [(piece, opened) for piece in stretch]
                break
            if opening is not None:
                break  # reopened: the next quotation is one of its own
            stretch.append(following)
    return carried


def letters(seg: Segmentation, rules: list[LetterRule]) -> list[tuple[Span, Span, LetterRule]]:
    """Readers' letters printed in full: (salutation paragraph, the letter's body up to its sign-off, rule)."""
    found: list[tuple[Span, Span, LetterRule]] = []
    paragraphs = seg.paragraphs
    for rule in rules:
        keys = [boilerplate_key(p.text).rstrip(",").strip() for p in paragraphs]
        for i, key in enumerate(keys):
            if key not in rule.openings:
                continue
            end = next((j for j in range(i + 1, len(keys)) if keys[j] in rule.closings), None)
            if end is not None and end > i + 1:
                body = Span(paragraphs[i + 1].start, paragraphs[end - 1].end, "")
                found.append((paragraphs[i], body, rule))
    return found

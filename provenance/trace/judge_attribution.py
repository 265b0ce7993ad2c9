"""Judgement of attributions and quotations: dropped or renamed sources, altered or unmarked quotes."""

from __future__ import annotations

from provenance.model import Attribution, Document, Span
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import normalise, tokens
from provenance.trace.types import Change
from provenance.trace.wordmap import WordMap

REUSED = 0.5  # share of a passage's words the article must carry for the passage to count as reused


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _speaker_name(doc: Document, attribution: Attribution) -> str:
    speaker = doc.speaker(attribution.speaker)
    if speaker is not None:
        return speaker.name
    return attribution.source.text if attribution.source else ""


def _source_words(doc: Document, attribution: Attribution) -> str:
    """How the attribution names its source, as written: "Russian Foreign Ministry spokesman Maria Zakharova said"."""
    parts = sorted((s for s in (attribution.source, attribution.cue) if s is not None), key=lambda s: s.start)
    if not parts:
        return ""
    return doc.text[parts[0].start : parts[-1].end]


def _same_name(a: str, b: str) -> bool:
    x, y = " ".join(normalise(a).split()), " ".join(normalise(b).split())
    return x == y or (bool(x) and bool(y) and (x in y or y in x))


def attribution_changes(article: Document, origin: Document, wmap: WordMap, rules: TraceRules) -> list[Change]:
    """attribution-stripped and attribution-changed for the origin's attributions whose content the article reuses."""
    found = []
    for attribution in origin.attributions:
        content, cue = attribution.content, attribution.cue
        if content is None or cue is None or wmap.origin_kept(content) < REUSED:
            continue
        target = wmap.to_article(content)
        if target is None:
            continue
        mine = [a for a in article.attributions if a.content is not None and _overlap(a.content, target)]
        said_by = _source_words(origin, attribution)
        if not mine:
            if wmap.origin_kept(cue) == 1.0:
                continue  # the cue is carried over: the article keeps the attribution even if annotate misses it
            if rules.enabled("trace.attribution-stripped"):
                found.append(rules.change("trace.attribution-stripped", target, cue, old=said_by))
            continue
        theirs = _speaker_name(origin, attribution)
        names = [_speaker_name(article, a) for a in mine]
        if (
            theirs
            and names
            and not any(_same_name(theirs, n) for n in names)
            and wmap.origin_kept(attribution.source or cue) < 1.0
        ):
            now = mine[0]
            span = now.source or now.cue or target
            if rules.enabled("trace.attribution-changed"):
                found.append(
                    rules.change("trace.attribution-changed", span, attribution.source or cue, old=theirs, new=names[0])
                )
    return found


def quote_changes(article: Document, origin: Document, wmap: WordMap, rules: TraceRules) -> list[Change]:
    """quote-altered and quote-unmarked for the origin's quotations that the article reuses."""
    found = []
    for quotation in origin.segmentation.quotations:
        inner = quotation.inner
        words = [t.norm for t in tokens(origin.text, inner.start, inner.end)]
        if len(words) < rules.min_quote_words or wmap.origin_kept(inner) < REUSED:
            continue
        target = wmap.to_article(inner)
        if target is None:
            continue
        theirs = [q for q in article.segmentation.quotations if _overlap(q.inner, target)]
        if not theirs:
            if rules.enabled("trace.quote-unmarked"):
                found.append(rules.change("trace.quote-unmarked", target, inner, old=inner.text, new=target.text))
            continue
        now = theirs[0].inner
        if len(theirs) > 1:
            start, end = theirs[0].inner.start, theirs[-1].inner.end
            now = Span(start, end, article.text[start:end])
        if [t.norm for t in tokens(article.text, now.start, now.end)] != words and rules.enabled("trace.quote-altered"):
            found.append(rules.change("trace.quote-altered", now, inner, old=inner.text, new=now.text))
    return found

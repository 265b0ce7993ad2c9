"""Judgement of attributions and quotations: dropped or renamed sources, altered or unmarked quotes."""

from __future__ import annotations

import re

from provenance.model import Attribution, Document, Span, Speaker, SpeakerKind
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import normalise, tokens
from provenance.trace.types import Change
from provenance.trace.wordmap import WordMap

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
REUSED = 0.5  # share of a passage's words the article must carry for the passage to count as reused
# An apposition after a source: ", executive director of the Alliance" up to the next comma or sentence end.
_APPOSITION = re.compile(r",\s*([^,.;:!?\"“”\n]{1,120}?)\s*(?=[,.;:!?]|$)")


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


def _inside(span: Span | None, outer: Span) -> bool:
    return span is not None and outer.start <= span.start and span.end <= outer.end


def _source_kept(origin: Document, source: Span, wmap: WordMap) -> bool:
    """Whether the article keeps the source's name: its words other than articles and determiners."""
    words = [w for w in tokens(origin.text, source.start, source.end) if w.norm not in DETERMINERS]
    if not words:
        return wmap.origin_kept(source) >= REUSED
    kept = sum(wmap.origin_kept(Span(w.start, w.end, "")) == 1.0 for w in words)
    return kept / len(words) >= REUSED


def _named_anew(article: Document, attribution: Attribution, wmap: WordMap) -> bool:
    """Whether an article attribution names its source in words of its own (not a pronoun, not the origin's words)."""
    source = attribution.source
    if source is None or normalise(source.text) in PRONOUNS:
        return False
    return wmap.article_kept(source) < REUSED


def _title(speaker: Speaker) -> frozenset[str]:
    """The words of a speaker's role and organisation ("deputy governor"), without determiners."""
    words = normalise(f"{speaker.role or ''} {speaker.organization or ''}").split()
    return frozenset(w for w in words if w not in DETERMINERS)


def _named_person(speaker: Speaker | None) -> bool:
    """A person named in full or by title: one bare word ("BUDAPEST", "Hungary's") is too often a misread source."""
    if speaker is None or speaker.kind is not SpeakerKind.PERSON:
        return False
    return len(speaker.name.split()) > 1 or bool(speaker.role)


def _respoken(
    article: Document, origin: Document, attribution: Attribution, cue: Span, rules: TraceRules
) -> Attribution | None:
    """The article's attribution of the reused claim when it names another person, or the same one re-titled.

    "Councilman Ron Patel said" -> "Councilman Ron Patterson said" (renamed) and "Deputy Governor Barnabas Virag
    told" -> "Governor Barnabas Virag told" (re-titled) keep most source words, yet tell the reader someone else
    spoke. Dropping a title or a first name altogether is shortening, not a change; a loaded word put into the
    title ("Militant union boss") is the loaded-wording rules' (as in `_retitled`).
    """
    theirs = origin.speaker(attribution.speaker)
    if theirs is None or not _named_person(theirs) or attribution.source is None:
        return None
    wording = [f.span for f in article.findings if f.category in rules.wording]
    for mine in article.attributions:
        # The same attribution carried over: its cue is the origin's cue, kept (another speaker's attribution
        # of overlapping words is not a renaming of this one).
        if mine.source is None or mine.cue is None or not _overlap(mine.cue, cue):
            continue
        said = normalise(mine.source.text)
        if said in PRONOUNS or said == normalise(attribution.source.text):
            continue  # a pronoun names nobody; the same words name the same person
        if any(_overlap(mine.source, w) for w in wording):
            continue
        now = article.speaker(mine.speaker)
        if now is None or not _named_person(now):
            continue
        if not _same_name(theirs.name, now.name):
            return mine
        old, new = _title(theirs), _title(now)
        if old and new and old != new:
            return mine
        # A title the speaker lexicon does not know stays in the name ("City Administrator Linda Oetting"): the
        # words one name has beyond the other are its title, and a title shared with neither side is a change.
        old, new = old | _extra(theirs.name, now.name), new | _extra(now.name, theirs.name)
        if old and new and not old & new:
            return mine
    return None


def _extra(name: str, other: str) -> frozenset[str]:
    """The words of a name that the other name lacks (a title written into it), without determiners."""
    theirs = set(normalise(other).split())
    return frozenset(w for w in normalise(name).split() if w not in theirs and w not in DETERMINERS)


def attribution_changes(article: Document, origin: Document, wmap: WordMap, rules: TraceRules) -> list[Change]:
    """attribution-stripped and attribution-changed for the origin's attributions whose content the article reuses.

    Stripped: the origin's cue and source words are both gone and nobody new is named for the reused claim.
    Changed: the source words are gone and the article names someone else, in words of its own, for it.
    A reworded cue ("said" for "stated") with the source kept is neither.
    """
    found = []
    for attribution in origin.attributions:
        content, cue = attribution.content, attribution.cue
        if content is None or cue is None or wmap.origin_kept(content) < REUSED:
            continue
        target = wmap.to_article(content)
        source = attribution.source
        kept_cue = wmap.to_article(cue)
        if target is not None and source is not None and kept_cue is not None:
            respoken = _respoken(article, origin, attribution, kept_cue, rules)
            if respoken is not None and respoken.source is not None:
                if rules.enabled("trace.attribution-changed"):
                    by = respoken.source
                    found.append(rules.change("trace.attribution-changed", by, source, old=source.text, new=by.text))
                continue
        source_kept = attribution.source is not None and _source_kept(origin, attribution.source, wmap)
        if target is None or source_kept or (attribution.source is None and wmap.origin_kept(cue) == 1.0):
            continue
        theirs = _speaker_name(origin, attribution)
        # An attribution nested in the claim ("... because she did not believe ...") does not attribute the claim.
        mine = [
            a
            for a in article.attributions
            if a.content is not None and _overlap(a.content, target) and not _inside(a.cue, target)
        ]
        if any(_same_name(theirs, _speaker_name(article, a)) for a in mine if theirs):
            continue  # the same speaker, named another way
        renamed = [a for a in mine if _named_anew(article, a, wmap)]
        if renamed and rules.enabled("trace.attribution-changed"):
            now = renamed[0]
            span = now.source or target
            found.append(
                rules.change(
                    "trace.attribution-changed",
                    span,
                    attribution.source or cue,
                    old=theirs,
                    new=_speaker_name(article, now),
                )
            )
        elif not renamed and wmap.origin_kept(cue) < 1.0 and rules.enabled("trace.attribution-stripped"):
            found.append(
                rules.change("trace.attribution-stripped", target, cue, old=_source_words(origin, attribution))
            )
    return found


def _frame(article: Document, attribution: Attribution) -> Span | None:
    """The words naming an attribution's source: the source, with its apposition when one follows it.

    "said Marcus Bell, executive director of the Alliance." and "Ricardo Almeida, Brazil's ambassador, said":
    the apposition is the title. It is taken only where it closes the sentence after the cue or leads to the
    cue, and never when another attribution's cue or claim starts in it.
    """
    source, cue = attribution.source, attribution.cue
    if source is None or cue is None:
        return None
    end = source.end
    found = _APPOSITION.match(article.text, source.end)
    if found is not None:
        after = article.text[found.end() : found.end() + 1]
        trailing = cue.start < source.start and after in (".", "!", "?", ";", "")
        leading = cue.start >= found.end() and article.text[found.end() : cue.start].strip(" ,") == ""
        inner = Span(found.start(1), found.end(1), "")
        # "..., said Bell, adding that ...": another attribution's cue, or a claim that starts, inside it.
        taken = any(
            (other.cue is not None and _overlap(inner, other.cue))
            or (other.content is not None and inner.start <= other.content.start < inner.end)
            for other in article.attributions
            if other is not attribution
        )
        if (trailing or leading) and not taken:
            end = found.end(1)
    return Span(source.start, end, article.text[source.start : end])


def _titles(article: Document, frame: Span, name: str) -> list[Span]:
    """The comma-separated parts of a source's frame that do not hold the speaker's name: its appositive titles."""
    parts, at = [], frame.start
    for piece in article.text[frame.start : frame.end].split(","):
        start, end = at, at + len(piece)
        at = end + 1
        if normalise(name) not in normalise(piece):
            parts.append(Span(start, end, piece))
    return parts


def _retitled(
    article: Document, wmap: WordMap, attribution: Attribution, rules: TraceRules
) -> tuple[Span, Span] | None:
    """Where the article kept an attribution's cue, claim and speaker's name but replaced the appositive title.

    Read from the article's side, so that it holds where `annotate` found the attribution in the article only,
    or found the speaker's title on neither side ("Marcus Bell, executive director of X" -> "..., chief
    scientist of X"; "Brazil's ambassador to France, Ricardo Almeida" -> "Brazil's trade minister, ...").
    Only words in an apposition count (a part of the source between commas without the name): a title or
    name dropped is a deletion, and words changed next to the name ("Cambridge-based Norvale") are not a title.
    A loaded word swapped into the title ("a conservative PAC" -> "a radical PAC") is the loaded-wording rules'.
    """
    frame, cue, content = _frame(article, attribution), attribution.cue, attribution.content
    speaker = article.speaker(attribution.speaker)
    if frame is None or cue is None or content is None or attribution.source is None or speaker is None:
        return None
    if normalise(attribution.source.text) in PRONOUNS or not _named_person(speaker):
        return None
    if wmap.article_kept(cue) < 1.0 or wmap.article_kept(content) < REUSED:
        return None
    pair = next((p for p in wmap.alignment.pairs if p.article.start <= frame.start < p.article.end), None)
    titles = _titles(article, frame, speaker.name)
    if pair is None or not titles or len(titles) == len(article.text[frame.start : frame.end].split(",")):
        return None  # no apposition, or the speaker's name is not in the frame as written
    wording = [f.span for f in article.findings if f.category in rules.wording]
    replaced = [
        e
        for e in pair.edits
        if e.op == "replace"
        and any(_overlap(e.article, t) for t in titles)
        and not any(_overlap(e.article, w) for w in wording)
    ]
    kept = wmap.to_origin(frame)
    if not replaced or kept is None:
        return None
    start = min(kept.start, *(e.origin.start for e in replaced))
    end = max(kept.end, *(e.origin.end for e in replaced))
    return frame, Span(start, end, wmap.origin_text[start:end])


def retitled_changes(article: Document, wmap: WordMap, rules: TraceRules, known: list[Change]) -> list[Change]:
    """attribution-changed read from the article's attributions, where the origin-side reading found none."""
    if not rules.enabled("trace.attribution-changed"):
        return []
    found: list[Change] = []
    for attribution in article.attributions:
        spans = _retitled(article, wmap, attribution, rules)
        if spans is None or any(_overlap(spans[0], c.span) for c in (*known, *found)):
            continue
        frame, old = spans
        found.append(rules.change("trace.attribution-changed", frame, old, old=old.text, new=frame.text))
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

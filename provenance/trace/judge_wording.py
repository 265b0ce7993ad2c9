"""Judgement of loaded wording: terms the republisher added, and terms it moved out of someone's quotation."""

from __future__ import annotations

from provenance.model import Document, Finding, Span, Voice
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import tokens
from provenance.trace.types import Change, WordEdit
from provenance.trace.wordmap import WordMap

_OWN_VOICE = (Voice.NARRATOR, Voice.HEADLINE)


def _norms(text: str, span: Span) -> list[str]:
    return [t.norm for t in tokens(text, span.start, span.end)]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _edit_at(wmap: WordMap, span: Span) -> WordEdit | None:
    for pair in wmap.alignment.pairs:
        if pair.article.start <= span.start < pair.article.end:
            return next((e for e in pair.edits if e.article.start < span.end and span.start < e.article.end), None)
    return None


def _origin_voice(origin: Document, span: Span) -> Voice | None:
    """The voice of the origin's words at `span`: from its own finding there, else quoted if inside a quotation."""
    for finding in origin.findings:
        if finding.span.start < span.end and span.start < finding.span.end:
            return finding.voice
    if any(q.inner.start <= span.start and span.end <= q.inner.end for q in origin.segmentation.quotations):
        return Voice.QUOTED
    return None


def _headline_term(article: Document, origin: Document, finding: Finding, rules: TraceRules) -> Change | None:
    """A loaded term in the headline is new when the origin has it neither in its headline nor anywhere else."""
    if _contains(_norms(origin.text, Span(0, len(origin.text), "")), _norms(article.text, finding.span)):
        return None
    old = origin.segmentation.headline.text if origin.segmentation.headline else ""
    return rules.change(
        "trace.loaded-added", finding.span, origin.segmentation.headline, Voice.HEADLINE, old=old, new=finding.span.text
    )


def _body_term(origin: Document, wmap: WordMap, finding: Finding, rules: TraceRules) -> Change | None:
    counterpart = wmap.article_pair(finding.span.start)
    if counterpart is None:
        if rules.enabled("trace.loaded-in-added-text"):
            return rules.change("trace.loaded-in-added-text", finding.span, voice=finding.voice, new=finding.span.text)
        return None
    if wmap.article_kept(finding.span) == 1.0:
        at = wmap.to_origin(finding.span)
        was = _origin_voice(origin, at) if at else None
        shifted = finding.voice in _OWN_VOICE and was in (Voice.QUOTED, Voice.PARAPHRASE)
        if shifted and at is not None and rules.enabled("trace.loaded-voice-shift"):
            words = "quoted" if was is Voice.QUOTED else "paraphrased from a source"
            return rules.change(
                "trace.loaded-voice-shift",
                finding.span,
                at,
                finding.voice,
                old=at.text,
                new=finding.span.text,
                old_voice=words,
            )
        return None
    if _contains(_norms(origin.text, counterpart), _norms(wmap.article_text, finding.span)):
        return None  # the origin's sentence has the term too: moved or re-punctuated, not added
    if not rules.enabled("trace.loaded-added"):
        return None
    edit = _edit_at(wmap, finding.span)
    old = edit.origin if edit is not None else None
    if old is not None and old.start == old.end:
        old = _around(wmap, counterpart, old.start)  # an inserted word: the origin's words on either side
    return rules.change(
        "trace.loaded-added", finding.span, old, finding.voice, old=old.text if old else "", new=finding.span.text
    )


def _around(wmap: WordMap, sentence: Span, at: int) -> Span:
    """The origin's word before and word after position `at` in its sentence ("for residents" around "terrified")."""
    words = tokens(wmap.origin_text, sentence.start, sentence.end)
    before = [w for w in words if w.end <= at][-1:]
    after = [w for w in words if w.start >= at][:1]
    start = before[0].start if before else at
    end = after[0].end if after else at
    return Span(start, end, wmap.origin_text[start:end])


def wording_changes(article: Document, origin: Document, wmap: WordMap, rules: TraceRules) -> list[Change]:
    """loaded-added, loaded-voice-shift and loaded-in-added-text for one origin."""
    found = []
    headline = article.segmentation.headline
    furniture = article.segmentation.boilerplate  # with the lines trace found shared by many stored texts
    for finding in article.findings:
        if finding.category not in rules.wording or any(s.start <= finding.span.start < s.end for s in furniture):
            continue
        if headline is not None and headline.start <= finding.span.start < headline.end:
            change = _headline_term(article, origin, finding, rules) if rules.enabled("trace.loaded-added") else None
        else:
            change = _body_term(origin, wmap, finding, rules)
        if change is not None:
            found.append(change)
    return found

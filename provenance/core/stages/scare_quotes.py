"""Scare quotes: a word or two in quotation marks in the narrator's voice that nobody is said to have said."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from provenance.model import Attribution, Finding, Segmentation, Span, Voice
from provenance.ruleset.rules import AttributionVerbsRule, ScareQuoteRule, VerbCue
from provenance.text.tokens import Token, Words

_TITLE_MIN_WORDS = 2  # "Fire and Fury": every main word capitalised names a book or film, not a sneer
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"})
_CUE_REACH = 3  # words before the quotation in which "called", "titled", "the word" may stand
_UTTERANCE_ENDS = (".", "?", "!")

Verbs = Mapping[str, tuple[VerbCue, AttributionVerbsRule]]


def _attributed(start: int, end: int, attributions: tuple[Attribution, ...]) -> bool:
    return any(a.content is not None and a.content.start < end and start < a.content.end for a in attributions)


def _cue_sentences(starts: list[int], attributions: tuple[Attribution, ...]) -> set[int]:
    """Indexes of the sentences holding an attribution cue: a short quotation there is a partial quote."""
    return {bisect_right(starts, a.cue.start) - 1 for a in attributions if a.cue is not None}


def _utterance(inner: str, words: list[Token]) -> bool:
    # “We’ll see.” or “Blacklisted?”: a whole remark, quoted; a sneer is a word or two inside a sentence
    body = inner.rstrip(" ,\"'’”")
    # A single capitalised word with the period inside is left alone too: far more often a title ending its
    # sentence (“Sherlock.”, ''Today.'') than a capitalised sneer (“Patriots.”).
    return body.endswith(("?", "!")) or (body.endswith(_UTTERANCE_ENDS) and words[0].capitalized)


def _markup_value(text: str, start: int) -> bool:
    # tweet-id="7713..." in pasted HTML: an attribute value, not prose
    return text[max(0, start - 8) : start].rstrip().endswith("=")


def _reported_speech(words: Words, sentence: Span, quote_start: int, verbs: Verbs, kinds: frozenset[str]) -> bool:
    """True when a speech verb or its noun precedes the quotation in its sentence ("his claim that “profit” ...")."""
    if not kinds:
        return False
    for token in words.between(sentence.start, quote_start):
        found = verbs.get(token.lower)
        if found is not None and found[0].kind in kinds:
            return True
    return False


def _previous_words(words: Words, offset: int, count: int) -> list[str]:
    """The last `count` words before `offset`, as written."""
    tokens = words.between(max(0, offset - 60), offset)
    return [t.text for t in tokens[-count:]]


def _next_word(words: Words, offset: int) -> str:
    tokens = words.between(offset, offset + 40)
    return tokens[0].text if tokens else ""


def _mention(text: str, words: Words, start: int, end: int, rule: ScareQuoteRule) -> bool:
    """A name, title, word-as-word or someone's characterisation: “called it a “farce””, the “Fight for 15” movement."""
    before = _previous_words(words, start, _CUE_REACH)
    after = _next_word(words, end)
    # a nickname between given name and surname: Juan “Chico” Manriquez (but not Obama's “pastor,” Jeremiah Wright)
    between_names = before and before[-1][:1].isupper() and after[:1].isupper()
    if between_names and text[end : end + 1] == " " and text[end - 2].isalnum():
        return True
    lower = [w.lower() for w in before]
    pairs = {" ".join(lower[k : k + 2]) for k in range(len(lower) - 1)}
    if any(w in rule.mention_cues for w in lower) or pairs & rule.mention_cues:
        return True
    return after.lower() in rule.name_nouns


def scare_quotes(
    text: str,
    seg: Segmentation,
    attributions: tuple[Attribution, ...],
    rules: list[ScareQuoteRule],
    verbs: Verbs | None = None,
    tokens: Words | None = None,
) -> list[Finding]:
    """A finding per short, unattributed quotation outside headlines, names, titles and reported speech."""
    findings: list[Finding] = []
    if not rules:
        return findings
    tokens = tokens if tokens is not None else Words(text)
    starts = [s.start for s in seg.sentences]
    cue_sentences = _cue_sentences(starts, attributions)
    for rule in rules:
        for quote in seg.quotations:
            inner = quote.inner
            words = tokens.between(inner.start, inner.end)
            if not words or len(words) > rule.max_words or not quote.closed:
                continue
            if not any(c.isalpha() for c in inner.text) or _markup_value(text, quote.span.start):
                continue
            if seg.headline is not None and seg.headline.start <= quote.span.start < seg.headline.end:
                continue
            if len(words) >= _TITLE_MIN_WORDS and all(w.capitalized or w.lower in _TITLE_SMALL_WORDS for w in words):
                continue
            if _utterance(inner.text, words) or _attributed(quote.span.start, quote.span.end, attributions):
                continue
            index = bisect_right(starts, quote.span.start) - 1
            # The speaker's words, not the outlet's sneer, when the sentence reports speech
            if index in cue_sentences:
                continue
            sentence = seg.sentences[index] if index >= 0 else None
            if sentence and _reported_speech(tokens, sentence, quote.span.start, verbs or {}, rule.speech_kinds):
                continue
            if _mention(text, tokens, quote.span.start, quote.span.end, rule):
                continue
            span = Span(inner.start, inner.end, inner.text)
            message = (rule.meta.message or "Scare quotes around “{match}”.").replace("{match}", inner.text)
            findings.append(
                Finding(rule.meta.id, rule.meta.category, rule.meta.severity_in(Voice.NARRATOR.value), span, message,
                        Voice.NARRATOR, None, rule.meta.label, "name who uses the word, or drop the quotation marks")
            )
    return findings

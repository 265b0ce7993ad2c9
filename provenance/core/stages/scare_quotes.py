"""Scare quotes: a word or two in quotation marks in the narrator's voice that nobody is said to have said."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from provenance.model import Attribution, Finding, Segmentation, Span, Voice
from provenance.ruleset.rules import AttributionVerbsRule, ScareQuoteRule, VerbCue
from provenance.ruleset.terms import TermHit
from provenance.text.spans import Overlaps
from provenance.text.tokens import Token, Words

_TITLE_MIN_WORDS = 2  # "Fire and Fury": every main word capitalised names a book or film, not a sneer
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"})
_CUE_REACH = 3  # words before the quotation in which "called", "titled", "the word" may stand
_UTTERANCE_ENDS = (".", "?", "!")
_TITLE_REACH = 2  # "his book, “…”", "the word “…”": a title cue stands right before the title

Verbs = Mapping[str, tuple[VerbCue, AttributionVerbsRule]]


def _cue_sentences(starts: list[int], attributions: tuple[Attribution, ...]) -> set[int]:
    """Indexes of the sentences holding an attribution cue: a short quotation there is a partial quote."""
    return {bisect_right(starts, a.cue.start) - 1 for a in attributions if a.cue is not None}


def _name(text: str, words: list[Token], sentence_start: int, quote_start: int) -> bool:
    """A capitalised word or title in quotation marks inside a sentence: a name (his “Liberator” gun), not a sneer."""
    if len(words) >= _TITLE_MIN_WORDS:
        return all(w.capitalized or w.lower in _TITLE_SMALL_WORDS for w in words)
    return words[0].capitalized and not words[0].text.isupper() and text[sentence_start:quote_start].strip() != ""


def _utterance(inner: str, words: list[Token]) -> bool:
    # “We’ll see.” or “Blacklisted?”: a whole remark, quoted; a sneer is a word or two inside a sentence
    body = inner.rstrip(" ,\"'’”")
    # A single capitalised word with the period inside is left alone too: far more often a title ending its
    # sentence (“Sherlock.”, ''Today.'') than a capitalised sneer (“Patriots.”).
    return body.endswith(("?", "!")) or (body.endswith(_UTTERANCE_ENDS) and words[0].capitalized)


def _markup_value(text: str, start: int) -> bool:
    # tweet-id="7713..." in pasted HTML: an attribute value, not prose
    return text[max(0, start - 8) : start].rstrip().endswith("=")


def _first_speech_word(words: Words, sentence: Span, verbs: Verbs, kinds: frozenset[str]) -> int | None:
    """Where the sentence's first speech verb or noun ends ("his claim that “profit” ..."): a quotation after it
    is reported speech. Once per sentence, not per quotation: a long sentence with many quotations was quadratic."""
    for token in words.between(sentence.start, sentence.end) if kinds else ():
        found = verbs.get(token.lower)
        if found is not None and found[0].kind in kinds:
            return token.end
    return None


def _previous_words(words: Words, offset: int, count: int) -> list[str]:
    """The last `count` words before `offset`, as written."""
    tokens = words.between(max(0, offset - 60), offset)
    return [t.text for t in tokens[-count:]]


def _next_word(words: Words, offset: int) -> str:
    tokens = words.between(offset, offset + 40)
    return tokens[0].text if tokens else ""


def _cued(words: Words, start: int, cues: frozenset[str], reach: int = _CUE_REACH) -> bool:
    """Whether one of `cues` (a word or a two-word phrase) stands in the `reach` words just before `start`; adverbs
    in -ly do not count ("known internally as", "often called")."""
    previous = [w.lower() for w in _previous_words(words, start, reach + 2)]
    lower = [w for w in previous if not (len(w) > 4 and w.endswith("ly"))][-reach:]
    pairs = {" ".join(lower[k : k + 2]) for k in range(len(lower) - 1)}
    return any(w in cues for w in lower) or bool(pairs & cues)


def _mention(text: str, words: Words, start: int, end: int, rule: ScareQuoteRule) -> bool:
    """A name, title, word-as-word or someone's characterisation: “called it a “farce””, the “Fight for 15” movement."""
    before = _previous_words(words, start, _CUE_REACH)
    after = _next_word(words, end)
    # a nickname between given name and surname: Juan “Chico” Manriquez (but not Obama's “pastor,” Jeremiah Wright)
    between_names = before and before[-1][:1].isupper() and after[:1].isupper()
    if between_names and text[end : end + 1] == " " and text[end - 2].isalnum():
        return True
    if _cued(words, start, rule.mention_cues | rule.title_cues):
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
    attributed = Overlaps(a.content for a in attributions if a.content is not None)
    for rule in rules:
        speech_ends: dict[int, int | None] = {}
        for quote in seg.quotations:
            inner = quote.inner
            words = tokens.between(inner.start, inner.end)
            if not words or len(words) > rule.max_words or not quote.closed:
                continue
            if not any(c.isalpha() for c in inner.text) or _markup_value(text, quote.span.start):
                continue
            if seg.headline is not None and seg.headline.start <= quote.span.start < seg.headline.end:
                continue
            if _utterance(inner.text, words) or attributed.any(quote.span.start, quote.span.end):
                continue
            if words[0].lower in rule.phrase_openers:
                continue  # a quoted phrase (suspended “until further notice”), somebody's wording, not a sneered name
            index = bisect_right(starts, quote.span.start) - 1
            # The speaker's words, not the outlet's sneer, when the sentence reports speech
            if index in cue_sentences:
                continue
            sentence = seg.sentences[index] if index >= 0 else None
            if _name(text, words, sentence.start if sentence else 0, quote.span.start):
                continue
            if index >= 0 and index not in speech_ends:
                speech_ends[index] = _first_speech_word(tokens, seg.sentences[index], verbs or {}, rule.speech_kinds)
            speech_end = speech_ends.get(index)
            if speech_end is not None and speech_end <= quote.span.start:
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


def _title_run_start(words: Words, start: int, end: int) -> int | None:
    """Where the run of capitalised words holding [start, end) begins, when the run has 2+ words ("The Russia Hoax")."""
    inside = words.between(start, end)
    if not inside or not inside[0].capitalized:
        return None
    first, length = start, len(inside)
    for token in reversed(words.between(max(0, start - 80), start)):
        if not token.capitalized:
            break
        first, length = token.start, length + 1
    after = words.between(end, end + 40)
    length += 1 if after and after[0].capitalized else 0
    return first if length >= _TITLE_MIN_WORDS else None


def _titled(words: list[Token]) -> bool:
    return len(words) >= _TITLE_MIN_WORDS and all(w.capitalized or w.lower in _TITLE_SMALL_WORDS for w in words)


def mentioned(
    hits: list[TermHit], text: str, seg: Segmentation, rules: list[ScareQuoteRule], tokens: Words
) -> list[TermHit]:
    """The term hits that are used, not mentioned: a term in a title (“The Russia Hoax”, the book Propaganda), in a
    quoted name, or in a word quoted to be defined ("the dictionary defines “propaganda” as") is dropped."""
    if not rules or not hits:
        return hits
    rule = rules[0]
    kept = []
    starts = [q.inner.start for q in seg.quotations]
    for hit in hits:
        k = bisect_right(starts, hit.start) - 1
        quote = seg.quotations[k] if k >= 0 else None
        if quote is not None and quote.closed and hit.end <= quote.inner.end:
            words = tokens.between(quote.inner.start, quote.inner.end)
            if words and _cued(tokens, quote.span.start, rule.title_cues, _TITLE_REACH):
                continue
        run = _title_run_start(tokens, hit.start, hit.end)
        if run is not None and _cued(tokens, run, rule.title_cues, _TITLE_REACH):
            continue
        kept.append(hit)
    return kept

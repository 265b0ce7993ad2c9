"""ContentSpans: the content of a cue, and whether it is direct, partial or indirect speech."""

from __future__ import annotations

from provenance.core.attribution.content import ContentSpans
from provenance.core.segment import segment
from provenance.model import AttributionKind, Span
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.terms import lowered
from provenance.text.tokens import tokenize


def _spans(text: str, book: Rulebook) -> ContentSpans:
    assert book.lexicon is not None
    return ContentSpans(text, lowered(text), segment(text), book.verbs, book.lexicon)


def _content(text: str, cue: str, book: Rulebook) -> str | None:
    spans, seg = _spans(text, book), segment(text)
    sentence = next(s for s in seg.sentences if cue in s.text)
    tokens = tokenize(text, sentence.start, sentence.end)
    i = next(k for k, t in enumerate(tokens) if t.text == cue)
    verb = book.verbs[cue][0]
    found = spans.content(sentence, tokens[i - 1 : i], tokens[i], verb, list(seg.quotations), False, tokens, i)
    return found.text if found else None


def test_a_clause_after_the_cue_stops_at_a_following_participle_cue(book: Rulebook) -> None:
    assert _content("Smith said the plan failed, adding that it cost too much.", "said", book) == "the plan failed"


def test_the_clause_before_a_closing_cue(book: Rulebook) -> None:
    assert _content("The plan failed, Smith said on Monday.", "said", book) == "The plan failed"


def test_an_adjacent_quotation_is_the_content(book: Rulebook) -> None:
    assert _content("“We will win,” Smith said.", "said", book) == "We will win,"


def test_kind_follows_the_quotation_marks(book: Rulebook) -> None:
    text = "“We will win,” Smith said. He called it “a disgrace” twice. Smith said it failed."
    spans, seg = _spans(text, book), segment(text)
    whole = seg.quotations[0].inner
    assert spans.kind(whole) is AttributionKind.DIRECT
    assert spans.kind(Span(36, 60, text[36:60])) is AttributionKind.PARTIAL
    assert spans.kind(Span(72, 81, text[72:81])) is AttributionKind.INDIRECT

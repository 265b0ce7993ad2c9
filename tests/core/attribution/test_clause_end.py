"""A cue's clause ends where the character-by-character scan it replaced ended it."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance import load_rulebook
from provenance.core.attribution.content import ContentSpans
from provenance.core.segment import segment
from provenance.model import Span
from provenance.ruleset.terms import lowered
from provenance.text.tokens import tokenize

_BOOK = load_rulebook()
_PIECES = st.sampled_from(["and", "And", "but", "andes", "said", "saying", "praised", "her", " ", ", ", ".", "İ", "x"])


def _scanned(spans: ContentSpans, sentence: Span, start: int) -> int:
    """The clause end as first written, testing every character: the reference."""
    text, coordinators = spans.text, spans.lexicon.coordinators
    for k in range(start, sentence.end):
        if text[k] == ",":
            nxt = tokenize(text, k + 1, min(sentence.end, k + 40))[:1]
            if nxt and nxt[0].lower in spans.verbs and nxt[0].lower.endswith("ing"):
                return k
        elif text[k] == " " and k > start and (word := re.compile(r"\w+").match(spans.low, k + 1)) \
                and word.group() in coordinators:
            two = tokenize(text, k + 1, min(sentence.end, k + 40))[:2]
            if len(two) == 2 and two[0].lower in coordinators and spans._coordinated_cue(two[1]):
                return k
    end = sentence.end
    while end > start and text[end - 1] in ".!?\u00a0 ":
        end -= 1
    return end


@settings(max_examples=300, deadline=None)
@example("He praised her and praised her, saying", 0, 38, 14)  # a space at the start is no break
@example("x and said", 0, 5, 0)  # the word after the space runs past the sentence's end
@given(st.lists(_PIECES, max_size=25).map("".join), st.integers(0, 120), st.integers(0, 120), st.integers(0, 120))
def test_clause_end_is_the_character_scan(text: str, start: int, end: int, at: int) -> None:
    assert _BOOK.lexicon is not None
    seg = segment(text, _BOOK.abbreviations, _BOOK.boilerplate)
    spans = ContentSpans(text, lowered(text), seg, _BOOK.verbs, _BOOK.lexicon)
    sentence = Span(min(start, len(text)), min(max(start, end), len(text)), "")
    at = max(sentence.start, min(at, sentence.end))  # a cue lies inside its sentence
    assert spans._clause_end(sentence, at) == _scanned(spans, sentence, at)

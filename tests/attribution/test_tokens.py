from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.attribution.tokens import Token, Words, tokenize

# Characters that make or break words: letters of both cases, digits, the joiners ’ ' . & -, and spaces.
_PIECES = st.sampled_from(["a", "B", "s", "S", "7", "’", "'", ".", "&", "-", " ", "U.S.", "Sen.", "’s", "'s", "é"])


def test_tokens_keep_abbreviation_periods_and_drop_sentence_periods() -> None:
    text = "Sen. Smith’s aide said the U.S. would act."
    assert [t.text for t in tokenize(text, 0, len(text))] == [
        "Sen.", "Smith’s", "aide", "said", "the", "U.S.", "would", "act",
    ]
    smith = tokenize(text, 0, len(text))[1]
    assert (smith.bare, smith.lower, smith.capitalized) == ("Smith", "smith", True)
    assert smith == Token("Smith’s", 5, 12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(-2, 45), st.integers(-2, 45))
def test_words_between_is_tokenize_of_the_span(text: str, start: int, end: int) -> None:
    # Spans that start or end inside a word (or inside "U.S.") must give the span's own tokens, not the document's.
    assert Words(text).between(start, end) == tokenize(text, start, end)


def test_words_between_hands_out_the_document_tokens_for_whole_words() -> None:
    text = "Officials said it. The U.S. agreed."
    words = Words(text)
    assert words.between(0, 18) == tokenize(text, 0, 18)
    assert words.between(0, 18)[0] is words.tokens[0]
    assert words.between(23, 26) == tokenize(text, 23, 26)  # "U.S" cut before its last period

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.text.tokens import Token, Words, gap, leading, listed, tokenize

# Characters that make or break words: letters of both cases, digits, the joiners ’ ' . & -, and spaces.
_PIECES = st.sampled_from(["a", "B", "s", "S", "7", "’", "'", ".", "&", "-", " ", "U.S.", "Sen.", "’s", "'s", "é"])


def _one_match_at_a_time(text: str, start: int, end: int) -> list[tuple[str, int, int, str, str, bool]]:
    """The tokenizer as first written, one regex match at a time: the reference for the column-wise one."""
    found = []
    for match in re.compile(r"\w+(?:[’'.&-]\w+)*(?:’s|'s)?\.?").finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if word.endswith(".") and not re.match(r"^(?:\w\.)+$|^[A-Z][a-z]{0,3}\.$", word):
            word, e = word[:-1], e - 1
        bare = word[:-2] if word.endswith(("’s", "'s")) else word
        found.append((word, s, e, bare, bare.lower(), word[:1].isupper()))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(-2, 45), st.integers(-2, 45))
def test_tokenize_is_the_match_by_match_reference(text: str, start: int, end: int) -> None:
    assert [tuple(t) for t in tokenize(text, start, end)] == _one_match_at_a_time(text, start, end)


def test_tokens_keep_abbreviation_periods_and_drop_sentence_periods() -> None:
    text = "Sen. Smith’s aide said the U.S. would act."
    assert [t.text for t in tokenize(text, 0, len(text))] == [
        "Sen.", "Smith’s", "aide", "said", "the", "U.S.", "would", "act",
    ]
    smith = tokenize(text, 0, len(text))[1]
    assert (smith.bare, smith.lower, smith.capitalized) == ("Smith", "smith", True)
    assert smith == Token("Smith’s", 5, 12)
    assert [t.capitalized for t in tokenize("7 é É", 0, 5)] == [False, False, True]


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


def test_listed_finds_the_tokens_whose_lower_case_form_is_listed() -> None:
    text = "Sen. Warren SAID the plan, Warren's plan, said little."
    tokens = tokenize(text, 0, len(text))
    assert [tokens[k].text for k in listed(tokens, {"said", "warren"})] == ["Warren", "SAID", "Warren's", "said"]
    assert listed(tokens, {}) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(-2, 45), st.integers(-2, 45), st.integers(0, 4))
def test_leading_is_the_start_of_tokenize(text: str, start: int, end: int, count: int) -> None:
    assert leading(text, start, end, count) == tokenize(text, start, end)[:count]


def test_gap_takes_tokens_or_offsets() -> None:
    text = "Smith — the mayor — said"
    smith, the = tokenize(text, 0, len(text))[:2]
    assert gap(text, smith, the) == " — "
    assert gap(text, smith, 8) == gap(text, 5, the) == text[5:8]
    assert gap(text, 5, 8) == " — "

"""Multiword cues: light-verb and particle phrases of saying are joined into one cue token."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import annotate
from provenance.ruleset.multiword import MultiwordForms
from provenance.text.tokens import Token, tokenize


def _merged(text: str) -> list[str]:
    forms = MultiwordForms(["made clear", "made it clear", "said"])
    return [t.text for t in forms.merge(tokenize(text, 0, len(text)), text)]


def test_the_longest_form_joins_into_one_token() -> None:
    assert _merged("She made it clear that she would run.") == ["She", "made it clear", "that", "she", "would", "run"]


@pytest.mark.parametrize(
    "text",
    [
        "She made, it seems, clear progress.",  # punctuation between the words
        "She made its clearest case yet.",  # another word that starts the same
        "She made it\nclear.",  # a line break
    ],
)
def test_words_apart_do_not_join(text: str) -> None:
    assert "made it clear" not in _merged(text) and "made clear" not in _merged(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Clinton made it clear that she would not back down.", "made it clear", "Clinton"),
        ("As one senior aide put it, “We are done.”", "put it", "one senior aide"),
        ("Obama weighed in on the dispute on Tuesday.", "weighed in", "Obama"),
        ("Sanders spoke about the cost of college.", "spoke about", "Sanders"),
        ("Cruz took aim at the front-runner's record.", "took aim", "Cruz"),
        ("Trump doubled down on his call for a ban.", "doubled down", "Trump"),
        ("Several unions sided with Sanders on trade.", "sided with", "Several unions"),
        ("Most Republicans will support the nominee.", "will support", "Most Republicans"),
    ],
)
def test_multiword_cue(text: str, cue: str, source: str) -> None:
    found = [(a.cue.text, a.source.text if a.source else "") for a in annotate(text).attributions if a.cue]
    assert (cue, source) in found


def test_a_speech_given_somewhere_is_no_cue() -> None:
    # "spoke" alone (at a rally, on the condition of anonymity) is no verb of saying; only "spoke about/of/out" is.
    assert not [a for a in annotate("Clinton spoke at a rally in Ohio.").attributions if a.cue]


def test_support_alone_stays_a_noun() -> None:
    assert not [a for a in annotate("Sanders has strong support among young voters.").attributions if a.cue]


def _merged_one_token_at_a_time(forms: MultiwordForms, text: str) -> list[tuple[str, int, int]]:
    """The merge as first written, trying every token in turn: the reference for the one that skips to first words."""
    tokens, merged, i = tokenize(text, 0, len(text)), [], 0
    while i < len(tokens):
        token = tokens[i]
        size = next((len(w) for w in forms.by_first.get(token.lower, ()) if forms._at(tokens, i, w, text)), 1)
        if size > 1:
            token = Token(text[token.start : tokens[i + size - 1].end], token.start, tokens[i + size - 1].end)
        merged.append(token)
        i += size
    return [(t.text, t.start, t.end) for t in merged]


_WORDS = st.sampled_from(["made", "Made", "it", "clear", "said", "made's"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", ", ", "\n"])), max_size=20))
def test_merge_is_the_token_by_token_reference(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    forms = MultiwordForms(["made clear", "made it clear", "it clear", "clear said", "said"])
    got = [(t.text, t.start, t.end) for t in forms.merge(tokenize(text, 0, len(text)), text)]
    assert got == _merged_one_token_at_a_time(forms, text)

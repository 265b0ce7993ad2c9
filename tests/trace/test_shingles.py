"""Tests for provenance/trace/shingles.py."""

from __future__ import annotations

import os
import subprocess
import sys

from provenance.trace.shingles import containment, normalise, shingle_hashes, shingle_set, tokens, words


def test_tokens_keep_code_point_offsets_into_the_text_as_read() -> None:
    text = "Émile’s “anti-Daesh” plan 🚀 worked."
    found = tokens(text)
    assert [t.norm for t in found] == ["émile's", "anti", "daesh", "plan", "worked"]
    for token in found:
        assert normalise(text[token.start : token.end]) == token.norm


def test_tokens_of_a_range_are_offsets_into_the_whole_text() -> None:
    text = "one two three four"
    assert [(t.norm, t.start) for t in tokens(text, 4, 13)] == [("two", 4), ("three", 8)]


def test_words_and_tokens_agree() -> None:
    text = "The Minister’s STATEMENT, read aloud: ﬁve points."
    assert words(text) == [t.norm for t in tokens(text)]


def test_shingles_are_stable_and_skip_stopword_only_grams() -> None:
    norms = ["the", "cat", "sat", "on", "the", "mat", "and", "it", "was", "in", "the"]
    hashes = shingle_hashes(norms)
    # Stored indexes outlive the process: another interpreter (another hash seed) must compute the same values.
    code = f"from provenance.trace.shingles import shingle_hashes; print(shingle_hashes({norms!r}))"
    other = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert other.stdout.strip() == str(hashes)
    assert len(set(hashes)) == len(hashes)
    assert len(hashes) < len(norms) - 4  # "it was in the ..." grams are all stopwords
    assert shingle_hashes(["and", "it", "was", "in", "the"]) == []


def test_short_texts_still_get_a_shingle() -> None:
    assert len(shingle_hashes(["budget", "vote"])) == 1
    assert shingle_hashes([]) == []


def test_containment_is_the_share_of_the_part_found_in_the_whole() -> None:
    whole = shingle_set("council approves the harbor budget after a long and bitter debate on dredging costs")
    part = shingle_set("council approves the harbor budget after a long and bitter debate")
    assert containment(part, whole) == 1.0
    assert 0 < containment(whole, part) < 1
    assert containment(frozenset(), whole) == 0.0


def test_tokens_agree_with_word_by_word_normalisation_on_every_path() -> None:
    for text in ("Plain ASCII words, said Ana.", "Straße und Fuß", "ﬁve ﬂags", "İstanbul’s mayor", "ΣΊΣΥΦΟΣ"):
        found = tokens(text)
        assert [t.norm for t in found] == [normalise(text[t.start : t.end]) for t in found]
        assert [t.norm for t in found] == words(text)

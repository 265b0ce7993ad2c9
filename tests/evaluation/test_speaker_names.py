"""Content words of names, and the word list they are taken from."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.evaluation.speaker_names import content_words, either_within, ignored_words, read_ignored_words, within


def test_content_words_lower_case_drop_possessives_and_listed_words() -> None:
    assert content_words("The U.S. Defense Ministry’s") == {"u", "s", "defense", "ministry"}
    assert content_words("Rep. Elijah Cummings of Maryland") == {"elijah", "cummings", "maryland"}
    assert content_words("Azucena Gonzàlez") == {"azucena", "gonzàlez"}
    assert content_words("the") == frozenset()


def test_the_word_list_comes_from_the_yaml_file() -> None:
    words = ignored_words()
    assert {"the", "of", "mr"} <= words
    assert "president" not in words  # a role noun the gold uses as an alias on its own
    assert content_words("the Cole", frozenset({"cole"})) == {"the"}


def test_containment_needs_non_empty_sets() -> None:
    assert within(frozenset({"cole"}), frozenset({"janet", "cole"}))
    assert not within(frozenset(), frozenset({"cole"}))
    assert either_within(frozenset({"janet", "cole"}), frozenset({"cole"}))
    assert not either_within(frozenset(), frozenset({"cole"}))
    assert not either_within(frozenset({"a", "b"}), frozenset({"b", "c"}))


def test_a_broken_word_list_is_reported_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("determiners: [the, 3]\ntitles: [Mr]\n", encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        read_ignored_words(path)
    assert [p.key_path for p in caught.value.problems] == ["determiners"]
    path.write_text("- the\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="mapping"):
        read_ignored_words(path)
    path.write_text("titles: [Mr, ' Dr ']\n", encoding="utf-8")
    assert read_ignored_words(path) == {"mr", "dr"}

"""The entity index reads each run of name words once per rulebook: remembered runs give what a fresh read gives."""

from __future__ import annotations

from provenance import load_rulebook
from provenance.core.attribution import entities
from provenance.core.attribution.entities import Named, index_entities
from provenance.core.segment import segment
from provenance.text.tokens import Words

_BOOK = load_rulebook()
_TEXTS = [
    "Distressingly, Nikki Haley said it. Mayor Janet Cole spoke to the Washington Post Trump said.",
    "Distressingly said it. Janet Cole, the mayor, spoke. Washington Post Trump said so. Mrs. Clinton spoke.",
    "Said Distressingly, and Cole. An attorney for Pagliano, Mark MacDougall, stressed it. Mrs. Clinton spoke.",
]


def _named(text: str) -> list[Named]:
    lexicon = _BOOK.lexicon
    assert lexicon is not None
    seg = segment(text, _BOOK.abbreviations)
    index = index_entities(text, seg, Words(text), lexicon, _BOOK.outlets)
    return sorted((n for found in index.by_surname.values() for n in found), key=lambda n: n.start)


def _fresh(text: str) -> list[Named]:
    entities._memos = (None, None, {})
    return _named(text)


def test_remembered_runs_read_as_fresh_ones() -> None:
    fresh = [_fresh(text) for text in _TEXTS]
    entities._memos = (None, None, {})
    warm = [_named(text) for text in _TEXTS]  # later texts meet runs the earlier ones left in the memo
    assert warm == fresh
    assert len(entities._memos[2]) > 0


def test_the_character_after_a_run_is_part_of_its_key() -> None:
    # "Distressingly," is a sentence adverb; "Distressingly said" reads the same word as a name.
    entities._memos = (None, None, {})
    assert "Distressingly" not in [n.name for n in _named(_TEXTS[0])]
    assert "Distressingly" in [n.name for n in _named(_TEXTS[1])]


def test_a_run_longer_than_any_name_is_read_but_not_remembered() -> None:
    entities._memos = (None, None, {})
    huge = "Z" + "z" * 300
    assert [n.name for n in _named(f"Mayor {huge} said it.")] == [huge]
    assert len(entities._memos[2]) == 0

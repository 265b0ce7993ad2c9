"""Accusation cues: the longest form at a word, with fillers and a possessor allowed between its words."""

from __future__ import annotations

from provenance.core.stages.reply_cues import cue_at, cue_index
from provenance.ruleset.rules import AccusationCue
from provenance.text.tokens import tokenize

_CUES = (
    AccusationCue(cue="accuse", forms=("accused",), party="after"),
    AccusationCue(cue="accuse", forms=("accused of",), party="before"),
    AccusationCue(cue="ignore", forms=("ignored warnings",), party="before"),
)


def _at(text: str, i: int) -> tuple[str, int] | None:
    hit = cue_at(tokenize(text, 0, len(text)), i, cue_index(_CUES), frozenset({"on", "thursday"}), frozenset({"the"}))
    return None if hit is None else (hit[0].forms[0], hit[1])


def test_the_longest_form_wins() -> None:
    assert _at("Hale was accused of fraud", 2) == ("accused of", 4)
    assert _at("Critics accused Hale", 1) == ("accused", 2)


def test_fillers_and_a_possessor_may_stand_between_the_words() -> None:
    assert _at("Hale was accused on Thursday of fraud", 2) == ("accused of", 6)
    assert _at("the board ignored the auditor's warnings", 2) == ("ignored warnings", 6)
    assert _at("the board ignored the weather", 2) is None

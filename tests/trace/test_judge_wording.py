"""Tests for provenance/trace/judge_wording.py."""

from __future__ import annotations

from provenance import annotate
from provenance.model import Span, Voice
from provenance.trace.align import align
from provenance.trace.furniture import with_furniture
from provenance.trace.judge_wording import wording_changes
from provenance.trace.rules import load_trace_rules
from provenance.trace.types import Change
from provenance.trace.wordmap import WordMap

from .articles import ORIGIN, republish

QUOTING = ORIGIN.replace(
    "The fishing cooperative said in a statement that it had not been consulted and would ask for a review of the "
    "decision.",
    'The fishing cooperative called the vote "a sham" and "a disgrace to democracy" in a statement.',
)


def _wording(copy: str, origin: str = ORIGIN) -> list[Change]:
    article, origin_doc = annotate(copy), annotate(origin)
    return wording_changes(article, origin_doc, WordMap(align(article, origin_doc), copy, origin), load_trace_rules())


def test_a_loaded_word_swapped_in_is_added_wording_with_the_old_word() -> None:
    [change] = _wording(republish(replace=(("Lee criticized the plan", "Lee slammed the plan"),)))
    assert (change.rule, change.old, change.new) == ("trace.loaded-added", "criticized", "slammed")


def test_a_loaded_word_the_origin_had_is_not_added() -> None:
    origin = ORIGIN.replace("Lee criticized the plan", "Lee slammed the plan")
    assert _wording(republish(replace=(("Lee criticized the plan", "Lee slammed the plan"),)), origin) == []


def test_a_quotation_turned_into_narration_is_a_voice_shift() -> None:
    copy = QUOTING.replace(
        'The fishing cooperative called the vote "a sham" and "a disgrace to democracy" in a statement.',
        "The vote was a sham and a disgrace to democracy.",
    )
    changes = _wording(copy, QUOTING)
    assert {(c.rule, c.new) for c in changes} == {
        ("trace.loaded-voice-shift", "sham"),
        ("trace.loaded-voice-shift", "disgrace"),
    }
    assert all("quoted in the origin" in c.message and c.voice is Voice.NARRATOR for c in changes)


def test_loaded_words_in_text_the_republisher_added_are_noted_apart() -> None:
    copy = republish(append="The regime at city hall has ignored the fishermen for years.")
    [change] = _wording(copy)
    assert change.rule == "trace.loaded-in-added-text" and change.new == "regime"


def test_a_loaded_word_in_a_new_headline_that_the_origin_never_used() -> None:
    changes = _wording(republish(headline="Mayor rams through disastrous harbor budget"))
    assert {c.new for c in changes} == {"rams through", "disastrous"}
    assert all(c.rule == "trace.loaded-added" and c.voice is Voice.HEADLINE for c in changes)


def test_a_scare_word_moved_out_of_a_quotation_is_a_voice_shift() -> None:
    quoting = ORIGIN.replace(
        "Opposition councillor Mark Lee criticized the plan, saying it ignores the fishing cooperative that uses the "
        "southern docks.",
        '"This so-called reform ignores the fishing cooperative that uses the southern docks," councillor Mark Lee '
        "said.",
    )
    copy = quoting.replace(
        '"This so-called reform ignores the fishing cooperative that uses the southern docks," councillor Mark Lee '
        "said.",
        "This so-called reform ignores the fishing cooperative that uses the southern docks.",
    )
    changes = _wording(copy, quoting)
    assert [(c.rule, c.new) for c in changes] == [("trace.loaded-voice-shift", "so-called")]


def test_wording_in_furniture_is_not_judged() -> None:
    copy = republish(append="The regime at city hall has ignored the fishermen for years.")
    article, origin_doc = annotate(copy), annotate(ORIGIN)
    at = copy.index("The regime")
    marked = with_furniture(article, [Span(at, len(copy) - 1, "")])
    wmap = WordMap(align(marked, origin_doc), copy, ORIGIN)
    assert wording_changes(marked, origin_doc, wmap, load_trace_rules()) == []


def test_a_loaded_word_inserted_is_shown_with_the_origin_words_around_it() -> None:
    [change] = _wording(republish(replace=(("Lee criticized the plan", "Lee viciously criticized the plan"),)))
    assert change.rule == "trace.loaded-added" and change.new == "viciously"
    assert change.old == "Lee criticized" and change.origin is not None

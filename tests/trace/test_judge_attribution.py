"""Tests for provenance/trace/judge_attribution.py."""

from __future__ import annotations

from provenance import annotate
from provenance.trace.align import align
from provenance.trace.judge_attribution import attribution_changes, quote_changes, retitled_changes
from provenance.trace.rules import load_trace_rules
from provenance.trace.types import Change
from provenance.trace.wordmap import WordMap

from .articles import ORIGIN, republish


def _judge(copy: str) -> list[Change]:
    article, origin = annotate(copy), annotate(ORIGIN)
    wmap, rules = WordMap(align(article, origin), copy, ORIGIN), load_trace_rules()
    return attribution_changes(article, origin, wmap, rules) + quote_changes(article, origin, wmap, rules)


def test_a_dropped_source_is_stripped_attribution_over_the_claim() -> None:
    copy = republish(replace=((", the port authority said.", "."),))
    [change] = _judge(copy)
    assert change.rule == "trace.attribution-stripped" and change.old == "the port authority said"
    assert copy[change.span.start : change.span.end].startswith("Work on the channel is expected")
    assert change.origin is not None and ORIGIN[change.origin.start : change.origin.end] == "said"


def test_a_renamed_source_is_a_changed_attribution() -> None:
    [change] = _judge(republish(replace=(("the port authority said", "the transport minister said"),)))
    assert (change.rule, change.old, change.new) == (
        "trace.attribution-changed",
        "port authority",
        "transport minister",
    )


def test_a_reworded_cue_or_a_shortened_name_is_no_change() -> None:
    assert _judge(republish(replace=(("the port authority said", "the port authority stated"),))) == []
    assert _judge(republish(replace=(("Mayor Ana Ortiz said", "Ortiz said"),))) == []


def test_altered_and_unmarked_quotations() -> None:
    [altered] = _judge(republish(replace=(("for another decade", "for many decades"),)))
    assert altered.rule == "trace.quote-altered"
    assert altered.old is not None and altered.old.endswith("for another decade,")
    assert altered.new is not None and altered.new.endswith("for many decades,")
    [unmarked] = _judge(
        republish(
            replace=(
                (
                    '"This budget keeps the port open and the ferries running for another decade," Ortiz',
                    "This budget keeps the port open and the ferries running for another decade, Ortiz",
                ),
            )
        )
    )
    assert unmarked.rule == "trace.quote-unmarked"


def test_a_speaker_renamed_or_retitled_is_a_changed_attribution() -> None:
    [renamed] = _judge(republish(replace=(("Mayor Ana Ortiz said", "Mayor Ana Ortega said"),)))
    assert (renamed.rule, renamed.old, renamed.new) == (
        "trace.attribution-changed",
        "Mayor Ana Ortiz",
        "Mayor Ana Ortega",
    )
    [retitled] = _judge(republish(replace=(("Mayor Ana Ortiz said", "Deputy Mayor Ana Ortiz said"),)))
    assert (retitled.rule, retitled.new) == ("trace.attribution-changed", "Deputy Mayor Ana Ortiz")


def test_a_title_dropped_altogether_is_shortening_not_a_change() -> None:
    assert _judge(republish(replace=(("Mayor Ana Ortiz said", "Ana Ortiz said"),))) == []


def _judge_all(copy: str, origin: str) -> list[Change]:
    article, origin_doc = annotate(copy), annotate(origin)
    wmap, rules = WordMap(align(article, origin_doc), copy, origin), load_trace_rules()
    known = attribution_changes(article, origin_doc, wmap, rules)
    return known + retitled_changes(article, wmap, rules, known)


APPOSED = ORIGIN.replace(
    "Work on the channel is expected to start in March and last two years, the port authority said.",
    "Work on the channel is expected to start in March and last two years, said Lena Hart, director of the port "
    "authority.",
)


def test_a_title_changed_in_an_apposition_is_a_changed_attribution() -> None:
    copy = APPOSED.replace("Lena Hart, director of the port", "Lena Hart, a spokeswoman for the port")
    changes = [c for c in _judge_all(copy, APPOSED) if c.rule == "trace.attribution-changed"]
    assert [c.new for c in changes] == ["Lena Hart, a spokeswoman for the port authority"]
    assert changes[0].old is not None and "director of the port" in changes[0].old


def test_words_changed_beside_the_name_or_a_title_dropped_are_no_changed_attribution() -> None:
    dropped = APPOSED.replace("said Lena Hart, director of the port authority.", "said Lena Hart.")
    assert [c for c in _judge_all(dropped, APPOSED) if c.rule == "trace.attribution-changed"] == []
    beside = APPOSED.replace("said Lena Hart, director", "said harbor veteran Lena Hart, director")
    assert [c for c in _judge_all(beside, APPOSED) if c.rule == "trace.attribution-changed"] == []


def test_a_loaded_word_swapped_into_a_title_is_left_to_the_wording_rules() -> None:
    origin = APPOSED.replace("Lena Hart, director of", "Lena Hart, a spokeswoman for")
    copy = APPOSED.replace("Lena Hart, director of", "Lena Hart, a mouthpiece for")
    assert [c for c in _judge_all(copy, origin) if c.rule == "trace.attribution-changed"] == []
    renamed = APPOSED.replace("Lena Hart, director of", "Lena Hart, an engineer for")
    assert [c.rule for c in _judge_all(renamed, origin)] == ["trace.attribution-changed"]


def test_a_title_the_lexicon_does_not_know_is_read_from_the_name() -> None:
    [changed] = _judge(republish(replace=(("Mayor Ana Ortiz said", "City Administrator Ana Ortiz said"),)))
    assert (changed.rule, changed.new) == ("trace.attribution-changed", "City Administrator Ana Ortiz")
    assert _judge(republish(replace=(("Mayor Ana Ortiz said", "Mayor Ortiz said"),))) == []


def test_an_attribution_dropped_where_two_sentences_were_merged_is_stripped() -> None:
    origin = (
        'Plant to close\n\nThe steel plant in Harrow will close in May, the union said. "The workers were told of '
        'the decision at a meeting on Friday morning," union leader Carla Nunes said.\n\nThe company gave no reason.\n'
    )
    copy = (
        "Plant to close\n\nThe steel plant in Harrow will close in May, and the workers were told of the decision at a "
        "meeting on Friday morning.\n\nThe company gave no reason.\n"
    )
    article, origin_doc = annotate(copy), annotate(origin)
    wmap, rules = WordMap(align(article, origin_doc), copy, origin), load_trace_rules()
    found = attribution_changes(article, origin_doc, wmap, rules) + quote_changes(article, origin_doc, wmap, rules)
    rules_found = sorted(c.rule for c in found)
    assert rules_found == ["trace.attribution-stripped", "trace.attribution-stripped", "trace.quote-unmarked"]

"""What attributions say beyond their three spans: speakers, their kinds, anonymity, inherited sources."""

from __future__ import annotations

import pytest

from provenance import annotate


def test_passive_expectation_is_a_cue_without_a_source() -> None:
    doc = annotate("Clinton spoke on Monday. Trump is expected to win the primary.")
    expected = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "is expected")
    assert expected.source is None and expected.speaker is None  # not inherited from Clinton
    assert expected.content is not None and expected.content.text == "to win the primary"


def test_relative_pronoun_speaker_is_the_antecedent() -> None:
    doc = annotate("Trump refused to pay an architect who said he was stiffed.")
    said = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "said")
    speaker = doc.speaker(said.speaker)
    assert speaker is not None and speaker.name == "architect"


def test_role_then_name_in_commas_is_a_named_person() -> None:
    doc = annotate("The city's finance director, Marcia Banks, said the budget was balanced.")
    assert [(s.name, s.anonymous) for s in doc.speakers] == [("Marcia Banks", False)]
    assert not [f for f in doc.findings if f.category == "anonymous-source"]


def test_a_quantifier_alone_is_a_vague_source() -> None:
    doc = annotate("But some note that the plan has no funding.")
    assert [(s.name, s.anonymous) for s in doc.speakers] == [("some", True)]


def test_a_sentence_opener_is_not_a_speaker() -> None:
    doc = annotate("Speaking to reporters on Friday, promising to win, the crowd cheered.")
    assert "Speaking" not in [s.name for s in doc.speakers]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The New York Post reports that Trump lost the vote.", "New York Post", "outlet"),
        ("In the book she wrote, Clinton says it failed.", "Clinton", "person"),
        # The possessor of a document speaks through it: the chain names Schlafly, not her column.
        ("Schlafly’s Final Column: Why She Sees Trump\n\nThe column ran.", "Schlafly", "person"),
    ],
)
def test_speaker_kinds(text: str, name: str, kind: str) -> None:
    speakers = [(s.name, s.kind.value) for s in annotate(text).speakers]
    assert (name, kind) in speakers
    assert not any(n.startswith("book") for n, _ in speakers)


def test_a_passive_without_an_agent_is_a_cue_without_a_source() -> None:
    doc = annotate("Clinton spoke on Monday. Trump has been criticized for failing to campaign in the state.")
    criticized = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "has been criticized")
    assert criticized.source is None and criticized.speaker is None  # not inherited from Clinton
    assert criticized.content is not None and criticized.content.text == "Trump"

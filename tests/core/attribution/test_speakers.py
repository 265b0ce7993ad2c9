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
        # The plural of a family name is the family; an indefinite common noun is an unnamed individual.
        ("The Hammonds said they had been treated unfairly.", "Hammonds", "group"),
        ("A computer specialist said the server was never secure.", "computer specialist", "anonymous"),
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


def _credited(text: str) -> list[tuple[str, str, bool]]:
    doc = annotate(text)
    ids = {a.speaker for a in doc.attributions}
    return [(s.name, s.kind.value, s.anonymous) for s in doc.speakers if s.id in ids]


@pytest.mark.parametrize(
    "text",
    [
        "Warren called a super-secret meeting.",  # an object, not reported content
        "Many Mexicans felt betrayed.",  # a view with nothing believed
        "Clinton supported the bill a year ago.",  # a time phrase is no predicate noun
    ],
)
def test_a_position_with_nothing_reported_names_no_speaker(text: str) -> None:
    doc = annotate(text)
    assert doc.attributions  # PolNeAR counts the position as an attribution …
    assert _credited(text) == []  # … but its holder says nothing, so the chain has no speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Many of his supporters believe bigotry is acceptable.", "supporters"),  # a bare complement clause
        ("Trump wants to build a wall.", "Trump"),  # an infinitive
        ("Cruz called Trump a liar.", "Cruz"),  # a predicate noun after the object
        ("The senator sees the deal as a trap.", "senator"),  # an as-predicate
    ],
)
def test_a_position_with_content_names_its_speaker(text: str, name: str) -> None:
    assert [n for n, _, _ in _credited(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "In a box labeled “medical problem,” a doctor had typed “homicidal ideation.”",  # an object noun
        "The euro crisis highlighted sharp differences in how best to spur growth.",  # an event noun
        "Let’s say, hypothetically, that he is right.",  # an imperative has no subject
        "(Read the full document here.)",  # an imperative
        "I’m told Ryan considered resigning.",  # the narrator
        "We know that the plan failed.",  # the narrator
    ],
)
def test_no_entity_no_speaker(text: str) -> None:
    assert _credited(text) == []


def test_unnamed_pluralities_are_groups_and_vague_ones_stay_flagged() -> None:
    assert _credited("Democrats said the plan failed.") == [("Democrats", "group", False)]
    assert _credited("Critics say the plan failed.") == [("Critics", "group", True)]


def test_a_role_description_resolves_to_the_named_person_and_is_not_anonymous() -> None:
    doc = annotate("Mayor Janet Cole announced the plan on Monday. The mayor said it would save money.")
    assert [(s.name, s.anonymous) for s in doc.speakers] == [("Janet Cole", False)]
    assert not [f for f in doc.findings if f.category == "anonymous-source"]


def test_an_apposed_role_is_known_before_the_person_speaks() -> None:
    text = "Jake Tapper, the CNN host, spoke on Sunday. The CNN host said Brazile was unethical."
    assert _credited(text) == [("Jake Tapper", "person", False)]


def test_a_surname_is_the_person_of_the_nearest_full_mention() -> None:
    text = "Bill Clinton spoke in Ohio. Hillary Clinton spoke in Australia. Clinton said the deal was bad."
    assert _credited(text) == [("Hillary Clinton", "person", False)]


def test_a_possessive_names_its_owner_once() -> None:
    text = "Sebastian Gorka said the plan failed. Gorka’s statement said it was wrong."
    assert _credited(text) == [("Sebastian Gorka", "person", False)]


def test_a_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    doc = annotate("Hillary Clinton said the plan was good. Mr. Obama said the vote mattered. She said it was close.")
    she = next(a for a in doc.attributions if a.source is not None and a.source.text == "She")
    speaker = doc.speaker(she.speaker)
    assert speaker is not None and speaker.name == "Hillary Clinton"


def test_a_title_without_a_period_is_no_given_name() -> None:
    text = "Council leader Janet Hale opened the meeting.\n\nMs Hale said the contract was fair.\n"
    assert [s.name for s in annotate(text).speakers] == ["Janet Hale"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Nortek Semiconductor said it would appeal. Andes Copper Corp said it obeys the law.",
         [("Nortek Semiconductor", "institution"), ("Andes Copper Corp", "institution")]),
        ("According to NHS England, waits fell. BEUC said buyers should be paid.",
         [("NHS England", "institution"), ("BEUC", "institution")]),
        ("NBC News reported that the talks stalled.", [("NBC News", "outlet")]),
        ("The European Commission fined Nortek. Nortek said it would appeal. The company said it acted in good faith.",
         [("Nortek", "institution")]),
        ("European regulators fined the firm, saying it hid a defect.", [("European regulators", "group")]),
    ],
)
def test_speaker_kinds_from_the_name_and_the_article(text: str, kinds: list[tuple[str, str]]) -> None:
    doc = annotate(text)
    credited = {a.speaker for a in doc.attributions}
    assert [(s.name, s.kind.value) for s in doc.speakers if s.id in credited] == kinds

"""When a word that can be a reporting verb is used as one: passives, relatives, nouns and names."""

from __future__ import annotations

import pytest

from provenance import annotate
from tests.core.attribution.found import found as _found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He says Congress will track the actions closely.", "says", "He"),
        ("Lazar told FBI agents that he trawled the accounts.", "told", "Lazar"),
        ("Schoen told host Sean Hannity a Clinton loss is likely.", "told", "Schoen"),
    ],
)
def test_a_verb_form_before_an_institution_stays_a_verb(text: str, cue: str, source: str) -> None:
    # "told", "says" cannot be nouns, so the institution or role after them starts the object or the content.
    assert (cue, source) in [(c, s) for c, s, _ in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Talk show host Glenn Beck minced no words on Tuesday.",  # "show" modifies "host"
        "He is facing a challenge from tea-party backed candidate Art Halvorson.",  # "backed" is an adjective
    ],
)
def test_a_form_that_modifies_a_noun_is_no_cue(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("“There were those of us who felt otherwise,” he notes.", "notes", "he"),
        ("She backs tougher regulations on the banks.", "backs", "She"),
        ("He blames mass media for their failure to cover the race.", "blames", "He"),
    ],
)
def test_a_noun_form_after_a_subject_pronoun_is_a_verb(text: str, cue: str, source: str) -> None:
    assert (cue, source) in [(c, s) for c, s, _ in _found(text)]


def test_a_noun_form_after_a_possessive_pronoun_stays_a_noun() -> None:
    # "his", "their" are determiners: "his claims", "their plans" are things, not acts of saying.
    assert _found("His claims about the deal were false, and their plans changed.") == []


def test_a_passive_without_an_agent_is_a_cue_without_a_source() -> None:
    doc = annotate("Clinton spoke on Monday. Trump has been criticized for failing to campaign in the state.")
    criticized = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "has been criticized")
    assert criticized.source is None and criticized.speaker is None  # not inherited from Clinton
    assert criticized.content is not None and criticized.content.text == "Trump"


def test_a_passive_credits_a_lowercase_agent_that_names_people() -> None:
    found = _found("Trump has been criticized by some of his rivals for failing to campaign.")
    assert found[0][0] == "has been criticized" and found[0][1].startswith("some of his rivals")


@pytest.mark.parametrize(
    "text",
    [
        "A few states have yet to be called.",  # a passive with no finite verb
        "He guarded against being pushed too far to the right.",
        "The deal was announced.",  # a passive closing its clause reports an event more often than words
        "The ledger was shown to the jury.",  # nor does one going on to a recipient
        "The militiamen were attacked by the coalition's aircraft.",  # an agent that is not people
    ],
)
def test_a_passive_that_reports_no_words_is_no_cue(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Yellen is likely to stress that the Fed would pause.", "stress", "Yellen"),
        ("Trump was quick to add that the wall was negotiable.", "add", "Trump"),
        ("Hillary Clinton is continuing to insist she will release the transcripts.", "insist", "Hillary Clinton"),
    ],
)
def test_a_catenative_carries_its_infinitive(text: str, cue: str, source: str) -> None:
    assert (cue, source) in [(c, s) for c, s, _ in _found(text)]


def test_an_infinitive_after_other_words_is_no_cue() -> None:
    # "yet to comment", "a chance to say": the infinitive names no act of saying.
    assert _found("The officials have yet to comment on the attack.") == []
    assert _found("It was a chance to say something new.") == []


def test_a_noun_form_after_a_name_in_a_title_case_headline_is_its_verb() -> None:
    found = _found("Mike Pence Calls for Special Prosecutor in Email Case\n\nThe governor spoke on Monday.")
    # "calls for" is one multiword cue.
    assert ("Calls for", "Mike Pence") in [(c, s) for c, s, _ in found]


def test_a_noun_form_after_a_possessive_in_a_headline_stays_a_noun() -> None:
    assert _found("Trump’s Claims About His Rivals Draw Scrutiny\n\nThe race goes on.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("“We do not understand the need,” the two write.", "write", "the two"),
        ("Both want government playing an active role in the economy.", "want", "Both"),
        ("That attitude, many argue, could carry constitutional implications.", "argue", "many"),
    ],
)
def test_a_determiner_before_a_verb_only_form_is_its_subject(text: str, cue: str, source: str) -> None:
    assert (cue, source) in [(c, s) for c, s, _ in _found(text)]


def test_a_determiner_before_a_noun_or_adjective_form_stays_a_determiner() -> None:
    # "the proposed rule", "his plans": forms that can be adjectives or nouns keep the determiner's noun phrase.
    assert _found("The proposed rule and his plans drew little notice.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Whom do you consider to be the most corrupt Democrat politician?",
        "Do you think the senator lied to voters?",
        "Would you say his impact could be huge?",
    ],
)
def test_a_question_put_to_the_reader_reports_nobody(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("As you said last week, the plan is a disaster.", "said"),  # a statement, not a question
        ("Do you know what he said about the plan?", "said"),  # "he" is the speaker, not the addressee
        ("You think the plan will work?", "think"),  # no inversion: the interviewee's stated belief, asked back
    ],
)
def test_statements_by_an_addressee_stay_attributions(text: str, cue: str) -> None:
    assert cue in [c for c, _, _ in _found(text)]

"""Subjects set apart from their reporting verb: interrupters, adverbs, pronouns after a noun, counts."""

from __future__ import annotations

import pytest

from provenance import annotate


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text if a.cue else "", a.source.text if a.source else "") for a in annotate(text).attributions]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # The subject after an opener and a comma, with a name in apposition.
        (
            "Last week, the F.B.I. director, James B. Comey, recommended that no charges be filed.",
            "recommended",
            "the F.B.I. director",
        ),
        (
            "When the F.B.I. director, James B. Comey, said on Tuesday that no charges were due, aides cheered.",
            "said",
            "the F.B.I. director",
        ),
        # A participial clause between the subject and the verb.
        ("Salceda, citing data from the U.S. State Department, said that visas had fallen.", "said", "Salceda"),
        (
            "The Journal, citing internal documents, reported that the campaign is spending more.",
            "reported",
            "The Journal",
        ),
        ("Mr. Trump, asked about the deaths of journalists, had said that he knew nothing.", "said", "Mr. Trump"),
        # A clause word opens the interrupter.
        (
            "Ted Cruz, when asked what about Trump's vision is wrong, responded that he is right.",
            "responded",
            "Ted Cruz",
        ),
        # A time phrase between the interrupter's comma and the verb.
        ("Trump, whose views have upset his party, last year proposed a ban on Muslims.", "proposed", "Trump"),
        # A noun that is also a verb form inside an appositive is no verb.
        (
            "Daniel Hamermesh, an economist at the Institute for the Study of Labor, predicted that wages would fall.",
            "predicted",
            "Daniel Hamermesh",
        ),
    ],
)
def test_comma_interrupted_subject(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _pairs(text)


def test_a_comma_joined_clause_does_not_lend_its_subject() -> None:
    # "…, and Rubio, meanwhile, argued": the nearest subject speaks, never Cruz from the earlier clause.
    pairs = _pairs("Cruz, in Iowa, won the vote, and Rubio, meanwhile, argued that he would win.")
    assert ("argued", "Rubio") in pairs
    assert ("argued", "Cruz") not in pairs


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Manafort politely suggested that this might be seen as condescending.", "Manafort"),
        ("His critics hysterically denounced him on television.", "His critics"),
        # No adverb: the -ly word is the subject's head noun.
        ("A Clinton ally said the plan failed.", "A Clinton ally"),
    ],
)
def test_an_unlisted_adverb_before_the_verb(text: str, source: str) -> None:
    assert source in [s for _, s in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The damage is done,” the congressional report said.", "the congressional report"),
        ("FEC reports show that a quartet of groups spent more.", "FEC reports"),
        ("One tweet said that the rally was cancelled.", "One tweet"),
    ],
)
def test_a_noun_form_before_the_cue_heads_the_subject(text: str, source: str) -> None:
    assert source in [s for _, s in _pairs(text)]


def test_a_noun_form_after_a_determiner_is_still_no_cue() -> None:
    # "the report" alone is a noun: the head rule applies only when a cue follows it.
    assert [c for c, _ in _pairs("The report was published on Monday.")] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Clinton campaign Chairman John Podesta — Bill Clinton’s former chief of staff — offered a slogan.",
            "Clinton campaign Chairman John Podesta",
        ),
        (
            "Many speakers at the service — including Muslims, Christians and Jews — said his death was painful.",
            "Many speakers at the service",
        ),
        (
            "A former Republican candidate -- John McCain, who lost in 2008 -- said the president offered nothing.",
            "A former Republican candidate",
        ),
    ],
)
def test_a_parenthesis_set_off_by_dashes(text: str, source: str) -> None:
    assert source in [s for _, s in _pairs(text)]


def test_a_lone_dash_opens_no_parenthesis() -> None:
    # No dash opens the parenthesis, so nothing before the closing one is a subject.
    assert [c for c, _ in _pairs("In the end, the mayor's remarks — said nothing new.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Among those who said they cared most about honesty, a majority was for Sanders.",
        "Ted Cruz, who last year threatened a shutdown, and who has been hoping to win, said nothing new.",
        "On Monday, Graham—who had previously endorsed Jeb Bush—said he would vote.",
        "He cited the inspector general's report, which concluded that she violated agency rules.",
    ],
)
def test_relative_clause_antecedents(text: str) -> None:
    assert "who" in [s for _, s in _pairs(text)] or "which" in [s for _, s in _pairs(text)]


def test_a_relative_after_a_verb_has_no_antecedent() -> None:
    # "… and who": with no earlier "who" there is no antecedent to share.
    assert [s for _, s in _pairs("The rally ended and who said what was unclear.")] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "In an interview with The Wall Street Journal, Trump returned to the theme and said the judge was biased.",
            "said",
            "Trump",
        ),
        ("On Monday, in Iowa, Mr. Cruz toured a farm and vowed to end the subsidy.", "vowed", "Mr. Cruz"),
    ],
)
def test_a_shared_subject_after_an_opener(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _pairs(text)


def test_an_opener_lends_no_subject() -> None:
    # "the crowd" names no one the lexicon knows, and "Iowa" is the opener, not the subject.
    assert ("said", "Iowa") not in _pairs("In Iowa, the crowd cheered and said nothing.")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("About 4 in 10 say they want a change.", "4 in 10"),
        ("Nearly nine out of 10 say they will need help.", "Nearly nine out of 10"),
        # Not a share: the number counts states, and the voters speak.
        ("Voters in 10 states said no.", "Voters in 10 states"),
    ],
)
def test_a_share_of_those_polled(text: str, source: str) -> None:
    assert [s for _, s in _pairs(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Cruz himself said Tuesday that the race was over.", "Cruz"),
        ("Carter however said he would welcome China's participation.", "Carter"),
    ],
)
def test_an_intensifier_or_sentence_adverb_before_the_verb(text: str, source: str) -> None:
    assert source in [s for _, s in _pairs(text)]


def test_an_anaphor_before_a_relative_clause() -> None:
    text = "The official, who spoke on the condition of anonymity to discuss deliberations, said that the plan failed."
    assert ("said", "The official") in _pairs(text)


def test_a_dateline_is_not_the_sentence_subject() -> None:
    found = annotate("WASHINGTON — Senator Smith met the press and added that the bill would pass.").attributions
    assert [(a.cue.text if a.cue else "", a.source.text if a.source else "") for a in found] == [
        ("added", "Senator Smith")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("But Mr. Cruz showed restraint Monday and described his outburst as a mistake.", "described", "Mr. Cruz"),
        ("Then he stood with other GOP leaders and urged Democrats to vote for the bill.", "urged", "he"),
    ],
)
def test_a_shared_subject_after_a_linking_word(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Bob Friedman, a talk show host and operations manager at a radio station, said that he noticed it.",
            "Bob Friedman",
        ),
        (
            "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said in a statement that it was late.",
            "Rep. Zoe Lofgren",
        ),
    ],
)
def test_appositive_noun_phrases_and_party_tags(text: str, source: str) -> None:
    assert source in [s for _, s in _pairs(text)]


def test_an_auxiliary_before_the_interrupter() -> None:
    text = "A YouGov poll of American voters has, however, revealed that the president is unpopular."
    assert ("revealed", "A YouGov poll of American voters") in _pairs(text)


def test_a_quotation_inside_the_interrupter() -> None:
    # Only a quotation opening the sentence moves the subject's start; "“Ted Cruz”" is inside the interrupter.
    text = "“We had better ones,” Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said."
    assert ("said", "Bill Eastland") in _pairs(text)

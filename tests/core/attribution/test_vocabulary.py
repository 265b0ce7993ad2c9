"""Cue words by verb class (Levin 1993): each class attributes on ordinary news sentences, and its noun or
adjective homographs do not."""

from __future__ import annotations

import pytest

from provenance import annotate


def _cues(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text, a.source.text if a.source else "") for a in annotate(text).attributions if a.cue]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # 37.7 "say" verbs
        ("The senator reaffirmed that she would vote against the bill.", "reaffirmed", "The senator"),
        ("Mr. Trump opined that the debate had been rigged.", "opined", "Mr. Trump"),
        ("The campaign later disavowed the remarks made by its adviser.", "disavowed", "The campaign"),
        # 37.3 manner of speaking, 37.8 complain
        ("Trump bragged that his crowds were the biggest.", "bragged", "Trump"),
        ("Sanders groused that the rules favored his rival.", "groused", "Sanders"),
        # 33 judgment
        ("Cruz lauded the decision as a victory for liberty.", "lauded", "Cruz"),
        ("The mayor belittled the protesters on Tuesday.", "belittled", "The mayor"),
        # 29.2 characterize
        ("Clinton views the deal as a betrayal of workers.", "views", "Clinton"),
        ("Rubio painted his rival as a con artist.", "painted", "Rubio"),
        # 31.2 admire
        ("Many conservatives deplore the court's ruling.", "deplore", "Many conservatives"),
        # 32 desire
        ("The governor aspires to higher office.", "aspires", "The governor"),
        # decisions and appeals
        ("Sanders decided that he would stay in the race.", "decided", "Sanders"),
        ("The pope implored leaders to welcome refugees.", "implored", "The pope"),
        # adjectives of attitude
        ("Kasich is adamant that he will not drop out.", "adamant", "Kasich"),
        ("Republicans are wary of a contested convention.", "wary of", "Republicans"),
        # hinting and gloating; verbs of consideration
        ("The aide intimated that the senator would retire.", "intimated", "The aide"),
        ("Bloomberg is mulling an independent run for president.", "mulling", "Bloomberg"),
        # promotion and reminiscence
        ("The governor trumpeted the jobs report on Friday.", "trumpeted", "The governor"),
        ("Biden reminisced about his years in the Senate.", "reminisced", "Biden"),
        # a doubled final consonant under stress
        ("Most voters preferred a candidate with experience.", "preferred", "Most voters"),
    ],
)
def test_class_member_is_a_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cues(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The view from the summit was spectacular.", "view"),  # a noun after a determiner
        ("Love is the theme of the novel.", "Love"),  # a noun opening a sentence
        ("A float in the parade caught fire.", "float"),  # a noun after a determiner
        ("The decided advantage went to the incumbent.", "decided"),  # an adjective after a determiner
    ],
)
def test_homograph_is_no_cue(text: str, word: str) -> None:
    assert word not in [c for c, _ in _cues(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Clinton is widely viewed as the favorite.", "is widely viewed"),
        ("Kasich is considered a long shot for the nomination.", "is considered"),
    ],
)
def test_passive_judgment_is_a_cue_without_a_source(text: str, cue: str) -> None:
    assert (cue, "") in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Trump's claim that Mexico would pay was false.", "claim that", "Trump's"),
        ("Ryan's endorsement of Trump came late.", "endorsement of", "Ryan's"),
        ("Cruz's opposition to the deal is well known.", "opposition to", "Cruz's"),
    ],
)
def test_noun_with_its_complement_after_a_possessive_name(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The claim that Mexico would pay was false.",  # after a determiner: nobody is named
        "The endorsement of the paper matters little.",
        "There was little opposition to the deal in the Senate.",  # no possessive, no named subject
    ],
)
def test_noun_with_its_complement_without_a_named_holder_is_no_cue(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Cruz has been critical of the deal.", "critical of", "Cruz"),
        ("Sanders is proud of his campaign.", "proud of", "Sanders"),
    ],
)
def test_adjective_of_attitude_with_its_preposition(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cues(text)


def test_adjective_without_its_preposition_is_no_cue() -> None:
    assert _cues("The critical vote came on Tuesday.") == []


def test_phrase_in_the_eyes_of_names_its_source() -> None:
    assert ("In the eyes of", "many voters") in _cues("In the eyes of many voters, Clinton is untrustworthy.")


def test_eyes_without_the_phrase_is_no_cue() -> None:
    assert _cues("She closed her eyes of her own accord.") == []

"""Regular inflections generated from one entry."""

from __future__ import annotations

import pytest

from provenance.text.inflection import (
    MAX_VARIANTS,
    adjective_forms,
    idiom_forms,
    noun_forms,
    phrase_variants,
    verb_forms,
)


def test_verb_forms() -> None:
    assert verb_forms("slam") == ("slam", "slams", "slammed", "slamming")
    assert verb_forms("note") == ("note", "notes", "noted", "noting")
    assert verb_forms("deny") == ("deny", "denies", "denied", "denying")
    assert verb_forms("stress") == ("stress", "stresses", "stressed", "stressing")
    assert verb_forms("say")[:2] == ("say", "says")
    assert verb_forms("point out")[0] == "point out"


def test_noun_forms() -> None:
    assert noun_forms("regime") == ("regime", "regimes")
    assert noun_forms("militia") == ("militia", "militias")
    assert noun_forms("ally") == ("ally", "allies")


def test_adjective_forms_add_the_ly_adverb() -> None:
    assert adjective_forms("egregious") == ("egregious", "egregiously", "egregiousness")
    assert adjective_forms("horrible") == ("horrible", "horribly")
    assert adjective_forms("tragic") == ("tragic", "tragically")
    assert adjective_forms("crazy") == ("crazy", "crazily", "craziness")
    assert adjective_forms("shocking") == ("shocking", "shockingly")


def test_adjectives_with_productive_endings_add_the_ness_noun() -> None:
    assert adjective_forms("callous") == ("callous", "callously", "callousness")
    assert adjective_forms("ruthless") == ("ruthless", "ruthlessly", "ruthlessness")
    assert adjective_forms("nasty") == ("nasty", "nastily", "nastiness")
    assert adjective_forms("cruel") == ("cruel", "cruelly")  # "cruelty", not "cruelness": no -ness for other endings


def test_verbs_ending_in_one_vowel_and_l_get_the_british_doubled_forms_too() -> None:
    assert verb_forms("grovel") == ("grovel", "grovels", "groveled", "groveling", "grovelled", "grovelling")
    assert verb_forms("appeal") == ("appeal", "appeals", "appealed", "appealing")


def test_nouns_participles_adverbs_and_phrases_get_no_adverb() -> None:
    for word in ("devastation", "devastated", "utterly", "hysteria", "witch hunt", "sly"):
        assert adjective_forms(word) == (word,)


def test_phrase_variants_spell_alternatives_and_optional_words() -> None:
    assert phrase_variants("shame on you|them") == ("shame on you", "shame on them")
    assert phrase_variants("the? death knell") == ("the death knell", "death knell")
    assert phrase_variants("regime") == ("regime",)


def test_phrase_variants_refuse_a_pattern_that_explodes() -> None:
    with pytest.raises(ValueError, match="spells more than"):
        phrase_variants(" ".join(["a|b|c|d"] * 5))
    assert len(phrase_variants(" ".join(["a|b"] * 8))) == MAX_VARIANTS


def test_idiom_forms_inflect_the_leading_verb() -> None:
    assert idiom_forms("drag their feet") == (
        "drag their feet", "drags their feet", "dragged their feet", "dragging their feet"
    )
    assert idiom_forms("lash out")[2] == "lashed out"
    assert idiom_forms("smear") == verb_forms("smear")


def test_a_term_pattern_has_no_wildcards() -> None:
    with pytest.raises(ValueError, match="no wildcards"):
        phrase_variants("hold * to ransom")

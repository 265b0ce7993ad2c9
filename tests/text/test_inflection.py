"""Regular inflections generated from one entry."""

from __future__ import annotations

from provenance.text.inflection import adjective_forms, noun_forms, verb_forms


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
    assert adjective_forms("egregious") == ("egregious", "egregiously")
    assert adjective_forms("horrible") == ("horrible", "horribly")
    assert adjective_forms("tragic") == ("tragic", "tragically")
    assert adjective_forms("crazy") == ("crazy", "crazily")
    assert adjective_forms("shocking") == ("shocking", "shockingly")


def test_nouns_participles_adverbs_and_phrases_get_no_adverb() -> None:
    for word in ("devastation", "devastated", "utterly", "hysteria", "witch hunt", "sly"):
        assert adjective_forms(word) == (word,)

"""Name shapes: initials, given names, possessors and when two names can be one person."""

from __future__ import annotations

from provenance.core.attribution.names import (
    NAME_RUN,
    given_names,
    initials,
    name_before,
    name_words,
    possessor,
    same_person,
)


def test_initials_count_each_capitalised_and_hyphenated_part() -> None:
    assert initials("Council on American-Islamic Relations") == "CAIR"
    assert initials("Greenpeace") is None


def test_titles_are_no_given_names() -> None:
    assert given_names("Mr. Obama") == ["obama"]
    assert given_names("Ms Hale", frozenset({"ms"})) == ["hale"]
    assert name_words("Hillary Clinton's") == ("hillary", "clinton")


def test_possessor_of_a_document() -> None:
    assert possessor("Trump’s own tweets") == "Trump"
    assert possessor("the campaign's ad") is None


def test_same_person_needs_the_surname_and_a_compatible_given_name() -> None:
    assert same_person(("hillary", "clinton"), ("clinton",))
    assert not same_person(("hillary", "clinton"), ("bill", "clinton"))
    assert same_person(("j", "smith"), ("john", "smith"))


def test_a_name_run_holds_the_small_words_of_names() -> None:
    assert [m.group() for m in NAME_RUN.finditer("the Bank of England and Ministry of Economy and Finance")] == [
        "Bank of England and Ministry of Economy and Finance"
    ]


def test_name_before_holds_the_word_and_drops_the_possessor() -> None:
    text = "Italy's Ministry of Economy and Finance rejected the claim. The ministry said"
    assert name_before(text, len(text), "ministry", 3_000) == "Ministry of Economy and Finance"
    assert name_before(text, len(text), "agency", 3_000) is None
    assert name_before(text, len(text), "ministry", 10) is None  # out of reach

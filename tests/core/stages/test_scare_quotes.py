"""Scare quotes: short unattributed quotations in the narrator's voice, and cue words."""

from __future__ import annotations

from provenance.core.pipeline import annotate_text
from provenance.ruleset.rulebook import Rulebook


def _scare(text: str, book: Rulebook) -> list[str]:
    doc = annotate_text(text, book, readability=False)
    return [f.span.text for f in doc.findings if f.category == "scare-quote"]


def test_short_unattributed_quote_is_a_scare_quote(book: Rulebook) -> None:
    assert _scare("The “peacekeepers” opened fire on the crowd.", book) == ["peacekeepers"]


def test_attributed_quote_is_not(book: Rulebook) -> None:
    assert _scare("The minister said the plan was “reckless”.", book) == []


def test_long_quote_title_and_mention_are_not(book: Rulebook) -> None:
    assert _scare("The report is titled “Hidden Costs”.", book) == []
    assert _scare("The word “regime” appears twice.", book) == []
    assert _scare("The “plan to end the war in a year” failed.", book) == []


def test_cue_words(book: Rulebook) -> None:
    assert _scare("The so-called reforms failed. Ministers are supposed to vote.", book) == ["so-called"]


def test_partial_quote_after_a_speech_verb_or_noun_is_not(book: Rulebook) -> None:
    # extraction may miss the attribution; the speech verb earlier in the sentence still marks the speaker's words
    assert _scare("Then he cut into Bush, accusing him of acting like a “spoiled child.”", book) == []
    assert _scare("De Blasio repeated his claim that “profit-making” was the motive.", book) == []
    # a speech verb after the quotation does not excuse a sneer before it
    assert _scare("The “reforms” failed, the union said on Monday.", book) == []  # attributed: content covers it
    assert _scare("The “reforms” failed. Turnout rose.", book) == ["reforms"]


def test_whole_remarks_nicknames_names_and_markup_are_not(book: Rulebook) -> None:
    assert _scare("“We’ll see.” The talks resume on Monday.", book) == []
    assert _scare("The crowd chanted as one. “Blacklisted?” he asked nobody.", book) == []
    assert _scare("Juan “Chico” Manriquez of Oakland marched too.", book) == []
    assert _scare("Obama's “pastor,” Jeremiah Wright, spoke next.", book) == ["pastor,"]
    assert _scare("The “Fight for 15” movement began in New York.", book) == []
    assert _scare('<a data-id="771316789665992704"></a> The “truce” held.', book) == ["truce"]
    assert _scare("The table number is “32135” tonight.", book) == []


def test_a_capitalised_word_closing_its_sentence_is_taken_for_a_title(book: Rulebook) -> None:
    # “Sherlock.” ends a sentence far more often as a title than as a sneer; the sneer is the price
    assert _scare("We finally have a trailer for season four of “Sherlock.”", book) == []
    assert _scare("The group is full of “patriots.”", book) == ["patriots."]


def test_a_capitalised_word_in_quotation_marks_inside_a_sentence_is_a_name(book: Rulebook) -> None:
    assert _scare("Police seized his “Liberator” plastic gun on Monday.\n", book) == []
    assert _scare("The “reforms” left thousands without pay.\n", book) == ["reforms"]


def _loaded(text: str, book: Rulebook) -> list[str]:
    return [f.span.text for f in annotate_text(text, book).findings if f.category == "loaded-term"]


def test_a_loaded_word_in_a_title_or_a_definition_is_mentioned_not_used(book: Rulebook) -> None:
    text = (
        "His new book The Russia Hoax sold well. The dictionary defines “propaganda” as biased information. "
        "Bernays wrote a book titled “Propaganda” in 1928. The regime jailed him.\n"
    )
    assert _loaded(text, book) == ["regime"]


def test_a_quoted_prepositional_phrase_is_somebodys_wording_not_a_scare_quote(book: Rulebook) -> None:
    assert _scare("Services were suspended “until further notice” on Monday.", book) == []
    assert _scare("The “reforms” were suspended on Monday.", book) == ["reforms"]


def test_an_adverb_between_a_mention_cue_and_the_quotation_keeps_the_cue(book: Rulebook) -> None:
    assert _scare("The cuts, known internally as the “squeeze”, hit staff in May.", book) == []
    assert _scare("The cuts, internally the “squeeze”, hit staff in May.", book) == ["squeeze"]

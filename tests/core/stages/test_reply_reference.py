"""Right of reply, reference: notes and descriptions pointing back to the party the article named."""

from __future__ import annotations

from provenance.core.pipeline import annotate_text
from provenance.ruleset.rulebook import Rulebook


def _checks(text: str, book: Rulebook) -> list[tuple[str, str]]:
    doc = annotate_text(text, book, readability=False)
    return [(c.party, c.status.value) for c in doc.replies]


def test_an_unnamed_office_of_a_body_asks_the_accused_body(book: Rulebook) -> None:
    # The note is asked of the accused company, not of the agency that spoke last before it.
    text = ("Greystone Minerals dumped toxic waste into the river, Clearwater said. The environment agency said it "
            "would investigate. A company spokeswoman declined to say whether the mine had breached its permits.")
    assert _checks(text, book) == [("Greystone Minerals", "declined-or-no-response")]
    # An institution noun points back to the body named before with that word.
    text = ("Campaigners said the Health Ministry covered up the infection figures. A ministry official declined to "
            "comment.")
    assert _checks(text, book) == [("the Health Ministry", "declined-or-no-response")]


def test_every_note_for_one_party_is_one_row(book: Rulebook) -> None:
    text = ("Former Detective Inspector Raymond Keane misled the trial judge, the inquiry found. Keane, now 81 and "
            "retired, has not commented. His solicitor did not respond to a request for comment.")
    assert _checks(text, book) == [("Former Detective Inspector Raymond Keane", "declined-or-no-response")]
    # A party heard and also noted as saying no more is one row, heard.
    text = "Regulators said Acme Corp hid the leak. Acme Corp said it had obeyed the law and declined to say more."
    assert _checks(text, book) == [("Acme Corp", "replied")]


def test_unnamed_doers_stand_for_a_group_named_with_their_noun_or_for_no_one(book: Rulebook) -> None:
    # "the rebels" is not the other side of the war named before it, nor a party of its own to ask.
    text = "Government forces shelled the town, residents said. The rebels killed three soldiers, the army said."
    assert _checks(text, book) == [("Government forces", "not-sought")]
    text = ("Fighters from the rebel Popular Front killed 40 people, survivors said. The rebels also abducted 12 "
            "women, they said. The Popular Front did not respond to requests for comment.")
    assert _checks(text, book) == [("Fighters from the rebel Popular Front", "declined-or-no-response")]


def test_holders_of_a_role_stand_for_the_body_accused_before_them(book: Rulebook) -> None:
    text = ("The regulator said on Monday that it had fined Harbour Street Bank on Thursday. It said managers ignored "
            "complaints for three years. The bank said it had repaid customers.")
    assert _checks(text, book) == [("Harbour Street Bank", "replied")]
    # With no body accused before, they are listed as they are: someone to ask, though unnamed.
    assert _checks("“The trustees' negligence allowed this,” a spokeswoman said.", book) == [
        ("The trustees", "not-sought")]


def test_a_description_points_back_to_a_body_only_mentioned(book: Rulebook) -> None:
    # "the bank" is the Norland Bank its traders work for, named though neither accused nor speaking.
    text = ("Norland Bank traders rigged currency rates, regulators said. The bank said it had fired the traders. "
            "Regulators fined the bank $1.4 billion.")
    assert _checks(text, book) == [("Norland Bank", "replied")]
    text = ("Benton worked for the Liberty Alliance party, prosecutors said. Senator Paula Ochoa called the party "
            "“a criminal enterprise”.")
    assert _checks(text, book) == [("Liberty Alliance party", "not-sought")]


def test_a_group_that_speaks_is_no_body_a_description_stands_for(book: Rulebook) -> None:
    # "The school" is not the parents who spoke last before it.
    text = "Parents said they had not been told. “The school cheated my son,” said one father."
    assert _checks(text, book) == []


def test_a_titled_person_is_heard_through_the_office_of_the_title(book: Rulebook) -> None:
    text = ("Protesters said Health Minister Peter Walsh lied about waiting lists. A spokesman for the Health "
            "Ministry said the figures were accurate.")
    assert _checks(text, book) == [("Health Minister Peter Walsh", "replied")]


def test_people_of_a_body_are_no_person_named_before(book: Rulebook) -> None:
    text = ("The sheriff's office said Andre Simmons attacked the deputies. The deputies, who have not been named, "
            "could not be reached.")
    assert ("Andre Simmons", "not-sought") in _checks(text, book)

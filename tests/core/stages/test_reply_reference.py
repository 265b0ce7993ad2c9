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

"""Missing-comment notes on news phrasing: varied real-style notes, each with its party, and near-misses."""

from __future__ import annotations

import pytest

from provenance.core.pipeline import annotate_text
from provenance.ruleset.rulebook import Rulebook

# (sentence, the party the note should name). Written for this test in the style of wire copy.
NOTES = [
    ("The company did not immediately respond to a request for comment.", "The company"),
    ("Hungary, which has blocked previous packages, did not respond to a request for comment.", "Hungary"),
    ("Brightline Repairs, the firm that won the deal, did not respond to requests for comment.", "Brightline Repairs"),
    ("A spokeswoman for the ministry declined to comment.", "A spokeswoman for the ministry"),
    ("Harlow could not be reached for comment on Sunday.", "Harlow"),
    ("The governor’s office declined to elaborate.", "The governor’s office"),
    ("Officials at the port have not returned calls seeking comment.", "Officials at the port"),
    ("Messages left with the union went unanswered.", "the union"),
    ("Emails to the embassy went unanswered on Friday.", "the embassy"),
    ("The airline did not respond to emails asking about the delays.", "The airline"),
    ("No one at the consulate was available for comment.", "the consulate"),
    ("The defense minister has yet to comment on the report.", "The defense minister"),
    ("The bank did not return a request for comment.", "The bank"),
    ("Representatives for the singer did not return messages.", "Representatives for the singer"),
    ("The club has not responded to questions from reporters.", "The club"),
    ("Police declined to say whether anyone had been arrested.", "Police"),
    ("The White House did not immediately reply to an inquiry.", "The White House"),
    ("The prosecutor’s office would not comment on the case.", "The prosecutor’s office"),
    ("A lawyer for Ortega did not respond to several messages.", "A lawyer for Ortega"),
    ("The council offered no comment when asked about the budget.", "The council"),
    ("Calls to the mayor’s office were not returned.", "the mayor’s office"),
    ("The regulator was not immediately available for comment.", "The regulator"),
    ("The developer was unavailable for comment.", "The developer"),
    ("Trent, who did not respond to a request for comment, has denied wrongdoing.", "Trent"),
    ("The hospital didn’t respond to a phone call on Monday.", "The hospital"),
    ("The Kremlin has not yet responded to the accusations.", "The Kremlin"),
    ("The network refused to discuss the contract.", "The network"),
    ("Her campaign did not respond to repeated requests for an interview.", "Her campaign"),
    ("The startup hasn’t replied to written questions.", "The startup"),
    ("The rebel group could not immediately be contacted.", "The rebel group"),
    ("The ministry did not immediately comment.", "The ministry"),
    ("A spokesman for the army declined to provide details.", "A spokesman for the army"),
    ("The senator’s aides did not reply to emails and phone calls.", "The senator’s aides"),
    ("The coach declined to be interviewed for this article.", "The coach"),
    ("The federation has had no comment on the ruling.", "The federation"),
    ("Requests for comment sent to the agency have gone unanswered.", "the agency"),
    ("Mendes did not answer calls to his mobile phone.", "Mendes"),
    ("The owners could not be located.", "The owners"),
    ("The Foreign Office did not respond Wednesday to a reporter’s request for comment.", "The Foreign Office"),
    ("The school board has yet to respond.", "The school board"),
    ("The firm declined to specify how many staff were affected.", "The firm"),
    ("A Pentagon spokesperson declined to confirm the figure.", "A Pentagon spokesperson"),
    ("The Interior Ministry did not return calls on Saturday.", "The Interior Ministry"),
    ("The manufacturer has not commented publicly.", "The manufacturer"),
    ("The carrier, through a spokeswoman, declined to comment.", "The carrier"),
    ("The union has declined to respond.", "The union"),
    # An aside set off by commas before the verb is no part of the party; the nearest name before it is.
    ("Keane, now 81 and retired, has not commented on the report.", "Keane"),
    ("Pell, 52, of Mill Lane, did not respond to a request for comment.", "Pell"),
    ("On Monday, Fairweather, now living in Spain, has not commented.", "Fairweather"),
    # A note joined by a coordinator to what a speaker said: the speaker is the party.
    ("Okafor's manager said she had been dismissed and would not comment further.", "Okafor's manager"),
    ("In a statement, the airline said it regretted the delay but declined to comment further.", "the airline"),
    ("Officials said on Monday, the company did not respond to requests for comment.", "the company"),
]

NEAR_MISSES = [
    "The senator declined to run for a third term.",
    "The ministry commented on the attack on Friday.",
    "The army did not respond to the attack.",
    "She returned the calls within an hour.",
    "The company responded to the request with a statement.",
    "Investors declined to buy the bonds.",
    "The firm could not reach an agreement with the union.",
    "The minister was available to meet on Tuesday.",
    "The board has yet to decide on the merger.",
    "The players have not returned to training.",
    "Residents said the calls went unanswered by the emergency line for hours, then help came.",
    "The share price declined to its lowest level in a decade.",
    "He said he had no comment to add beyond his statement, then answered every question.",
    "Police did not respond to the scene until 4 a.m.",
    "The court refused to hear the appeal.",
    "She did not return to the company after the strike.",
    "The spokesman commented that the report was accurate.",
]


@pytest.mark.parametrize(("sentence", "party"), NOTES)
def test_note_is_found_with_its_party(book: Rulebook, sentence: str, party: str) -> None:
    notes = annotate_text(sentence, book, readability=False).missing_comments
    assert [n.party.text if n.party else None for n in notes] == [party]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss_is_not_a_note(book: Rulebook, sentence: str) -> None:
    assert annotate_text(sentence, book, readability=False).missing_comments == ()

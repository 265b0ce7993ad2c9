"""Page furniture is never annotated: no attributions, no findings, no readability weight."""

from __future__ import annotations

from provenance.core.annotate import annotate
from provenance.ruleset.rulebook import Rulebook

POLL = (
    "Mayor defends budget\n\n"
    "The mayor defended the budget on Monday.\n"
    "take our poll - story continues below\n"
    "Whom do you consider to be the most corrupt Democrat Politician?\n"
    "Whom do you consider to be the most corrupt Democrat Politician?\n"
    "Completing this poll grants you access to Daily updates free of charge.\n"
    "You may opt out at anytime.\n"
    "You also agree to this site's Privacy Policy and Terms of Use.\n"
    "The council will vote next week.\n"
)


def test_a_poll_widget_is_furniture_with_no_findings(book: Rulebook) -> None:
    doc = annotate(POLL, book)
    furniture = [b.text for b in doc.segmentation.boilerplate]
    assert furniture[0] == "take our poll - story continues below"
    assert furniture[-1] == "You also agree to this site's Privacy Policy and Terms of Use."
    start, end = doc.segmentation.boilerplate[0].start, doc.segmentation.boilerplate[-1].end
    assert not [f for f in doc.findings if start <= f.span.start < end]
    assert not [a for a in doc.attributions if a.cue is not None and start <= a.cue.start < end]
    assert doc.text == POLL  # the Document keeps the text as read
    assert not [s for s in doc.segmentation.sentences if start <= s.start < end]


def test_furniture_adds_no_words_to_readability(book: Rulebook) -> None:
    article = "Mayor defends budget\n\nThe mayor defended the budget on Monday.\n"
    bare, with_widget = annotate(article, book), annotate(article + "\nShare this article\n", book)
    assert bare.readability is not None and with_widget.readability is not None
    assert with_widget.readability.words == bare.readability.words

"""Right of reply: accused parties, matched to speakers and missing-comment notes."""

from __future__ import annotations

from provenance.core.pipeline import annotate_text
from provenance.model import Document, ReplyStatus
from provenance.ruleset.rulebook import Rulebook


def _checks(text: str, book: Rulebook) -> list[tuple[str, str]]:
    doc = annotate_text(text, book, readability=False)
    return [(c.party, c.status.value) for c in doc.replies]


def test_seed_article_names_the_accused_and_their_reply(sample: Document) -> None:
    checks = {c.party: c for c in sample.replies}
    coalition = checks["the US-led coalition’s aircraft"]
    assert (coalition.status, coalition.speaker, coalition.accuser) == (
        ReplyStatus.REPLIED,
        "us-led-coalition",
        "russian-defense-ministry",
    )
    assert checks["Washington"].status is ReplyStatus.REPLIED  # a metonym for the US, heard via a US official
    assert checks["pro-government armed militias"].status is ReplyStatus.NOT_SOUGHT
    damascus = checks["The officials in Damascus"]
    assert damascus.status is ReplyStatus.DECLINED and damascus.note is not None
    flagged = [f.span.text for f in sample.findings if f.rule.endswith("no-reply-sought")]
    assert flagged == ["pro-government armed militias"]


def test_party_heard_later_counts_as_replied(book: Rulebook) -> None:
    text = "The mayor said Acme Corp violated the permit. Acme Corp said the plant was lawful."
    assert _checks(text, book) == [("Acme Corp", "replied")]


def test_note_links_to_the_party_it_names(book: Rulebook) -> None:
    text = "Residents said the Delta Mining Company violated the permit. Delta Mining did not respond to requests."
    assert _checks(text, book) == [("the Delta Mining Company", "declined-or-no-response")]


def test_unheard_party_raises_a_finding(book: Rulebook) -> None:
    doc = annotate_text("“The Northern Company violated the agreement,” the mayor said.", book, readability=False)
    assert [(c.party, c.status.value) for c in doc.replies] == [("The Northern Company", "not-sought")]
    finding = next(f for f in doc.findings if f.category == "right-of-reply")
    assert finding.rule == "default.reply.no-reply-sought"
    assert "mayor" in finding.message


def test_victims_of_a_passive_are_not_accused(book: Rulebook) -> None:
    assert _checks("The ministry said 25 soldiers were killed in the strike.", book) == []

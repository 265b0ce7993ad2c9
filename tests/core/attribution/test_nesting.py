"""Relay phrases ("according to") and the verb cues they wrap: only the outer attribution is a cue."""

from __future__ import annotations

import pytest

from provenance import annotate


def _cues(text: str) -> list[str]:
    return [a.cue.text for a in annotate(text).attributions if a.cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        "“I ask you not to protest on the floor,” Sanders said, according to CNN.",
        "According to the FBI summary, Mills asked the employee to delete the emails.",
        "Trump said he was happy to see that Khan had won, according to the Evening Standard.",
    ],
)
def test_relay_wraps_the_verb(text: str) -> None:
    cues = _cues(text)
    assert [c.lower() for c in cues] == ["according to"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # The relay opens the reported clause: the report is the outer attribution.
        ("The AP reported that, according to an analysis of her calendar, most met donors.", ["reported"]),
        # The report's content follows the relay, so the relay is inside the report; the verb stays a cue.
        (
            "Politico reported, according to sources in the meetings, Clinton tried to calm the bankers.",
            ["reported", "according to"],
        ),
        # After a clause break the relay covers only its own clause.
        (
            "Mrs. Clinton has praised the record, and won 77 percent of the vote, according to exit polls.",
            ["praised", "according to"],
        ),
    ],
)
def test_relay_does_not_wrap(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


def test_trailing_report_wraps_the_clause_before_it() -> None:
    # "…, the Sun-Times reported.": the report at the end of the sentence relays the clause, verb and all.
    text = "Organizers said they added 160 security officers along the route, the Chicago Sun-Times reported."
    assert _cues(text) == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        # Mid-sentence, the cue attributes only part of what comes before it.
        "In Seattle, marchers said they honored the victims, KING-TV reported, while in Chicago the parade began.",
        # Only a verb of saying or reporting relays: a stance ("ignore") reports no clause before it.
        "If the law conflicts with God's orders, Rubio said, Christians must ignore the law.",
    ],
)
def test_no_trailing_relay(text: str) -> None:
    assert "said" in _cues(text)

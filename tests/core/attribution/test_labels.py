"""Attribution by layout: headline dash and colon, transcript labels, signed quotations."""

from __future__ import annotations

from provenance import annotate


def _parts(text: str) -> list[tuple[str, str, str]]:
    return [
        (a.cue.text if a.cue else "", a.source.text if a.source else "", a.content.text if a.content else "")
        for a in annotate(text).attributions
    ]


def test_transcript_turns_belong_to_their_labels() -> None:
    found = _parts("WALLACE: Will she be there?\n\nPENCE: She will not attend the debate.")
    assert found == [(": ", "WALLACE", "Will she be there?"), (": ", "PENCE", "She will not attend the debate.")]


def test_a_first_line_ending_in_a_period_is_read_as_a_title() -> None:
    found = _parts("Marco Rubio: I Will Not Run for Vice President.\n\nThe senator spoke on Monday.")
    assert found == [(": ", "Marco Rubio", "I Will Not Run for Vice President.")]


def test_a_kicker_label_is_not_a_speaker() -> None:
    assert _parts("The Latest: Cruz to give away a shotgun.\n\nThe senator spoke on Monday.") == []


def test_a_title_case_label_is_not_a_speaker() -> None:
    assert _parts("Intro text here.\n\nUpdate: the council met on Monday.") == []


def test_signed_quotation() -> None:
    found = _parts("“He makes blanket statements about people.” ― Pamela Padilla")
    assert found == [("―", "Pamela Padilla", "“He makes blanket statements about people.”")]


def test_a_dash_without_a_quotation_signs_nothing() -> None:
    assert _parts("The vote passed 5-4 — Monday evening.") == []

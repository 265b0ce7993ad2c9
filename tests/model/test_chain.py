"""Document.chain(): the outlets the whole story came through, and the outlets one claim came through."""

from __future__ import annotations

from provenance import annotate

_WIRE = (
    "EU weighs sanctions\n\n"
    "BRUSSELS (Reuters) - EU governments are weighing sanctions, three diplomats said on Wednesday.\n\n"
    'Kremlin spokesman Dmitry Peskov dismissed the plan as "illegal," the state news agency TASS reported.\n\n'
    '"The effect will be limited," said Liam Peach, an economist.\n'
)


def test_a_cited_outlet_carries_only_the_speakers_of_its_sentence() -> None:
    chain = annotate(_WIRE).chain()
    assert [r.outlet for r in chain.outlets] == ["Reuters"]
    assert [(r.outlet, [s.name for s in carried]) for r, carried in chain.cited] == [("TASS", ["Dmitry Peskov"])]
    assert [s.name for s in chain.speakers] == ["diplomats", "Liam Peach"]  # TASS itself is its relay node


def test_a_credit_line_carries_everyone() -> None:
    chain = annotate("Talks stall\n\nThe mayor said the bridge would reopen.\n\nSource: Sputnik\n").chain()
    assert [r.outlet for r in chain.outlets] == ["Sputnik"] and not chain.cited
    assert [s.name for s in chain.speakers] == ["mayor"]


def test_a_position_is_no_unidentified_speaker_but_an_unsourced_claim_is() -> None:
    text = "Vote nears\n\nSmith declined to comment.\n\nThe senator is expected to win the state, it was reported.\n"
    doc = annotate(text)
    unidentified = doc.chain().unidentified
    assert all(a.source is None for a in unidentified)  # "Smith declined": a source, no speaker, not listed
    assert any(a.speaker is None and a.source is not None for a in doc.attributions)
    assert unidentified  # the agentless claim is

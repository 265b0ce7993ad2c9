"""Right of reply, speakers: the forms under which a speaker answers for an accused party."""

from __future__ import annotations

from provenance.core.stages.reply_speakers import _proper_part, _spelled_out
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import ReplyRule, SpeakerLexiconRule


def test_the_name_after_a_descriptor(book: Rulebook) -> None:
    lexicon = next(r for r in book.rules if isinstance(r, SpeakerLexiconRule))
    particles = next(r for r in book.rules if isinstance(r, ReplyRule)).name_particles
    assert _proper_part("Auto giant Vellmann AG", lexicon, particles) == "Vellmann AG"
    assert _proper_part("food delivery app QuickPlate", lexicon, particles) == "QuickPlate"
    # why: a particle is part of the name; a possessive or a preposition makes the name someone else's.
    assert _proper_part("Ursula von der Leyen", lexicon, particles) is None
    assert _proper_part("Hale's neighbor", lexicon, particles) is None
    assert _proper_part("spokesman for the Health Ministry", lexicon, particles) is None
    assert _proper_part("Vellmann AG", lexicon, particles) is None


def test_an_acronym_spelled_out_in_the_text() -> None:
    text = "The UN blamed the Northern Liberation Front, a rebel group. The Bank of England said so."
    assert _spelled_out("NLF", text) == "Northern Liberation Front"
    assert _spelled_out("BE", text) == "Bank of England"
    assert _spelled_out("CIA", text) is None

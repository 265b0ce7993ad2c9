"""Acceptance on the headline sample: speakers, chain, voices, missing comment."""

from __future__ import annotations

from provenance.model import AttributionKind, Document, SpeakerKind, Voice


def _speaker_of(doc: Document, cue_text: str) -> str | None:
    found = [a for a in doc.attributions if a.cue is not None and a.cue.text == cue_text]
    assert found, f"no attribution with cue {cue_text!r}"
    return found[0].speaker


def test_speakers_found(sample: Document) -> None:
    by_name = {s.name: s for s in sample.speakers}
    zakharova = by_name["Maria Zakharova"]
    assert zakharova.kind is SpeakerKind.PERSON
    assert zakharova.role == "spokesman"
    assert zakharova.organization == "Russian Foreign Ministry"
    assert by_name["Russian Defense Ministry"].kind is SpeakerKind.INSTITUTION
    assert by_name["US-led coalition"].kind is SpeakerKind.INSTITUTION
    official = by_name["US official"]
    assert official.anonymous and official.kind is SpeakerKind.ANONYMOUS
    tv = by_name["Syrian state TV"]
    assert tv.affiliation is not None and tv.affiliation.country == "Syria"


def test_zakharova_resolved_through_surname_and_pronoun(sample: Document) -> None:
    zakharova = next(s for s in sample.speakers if s.name == "Maria Zakharova")
    assert [m.text for m in zakharova.mentions][:3] == [
        "Russian Foreign Ministry spokesman Maria Zakharova", "Zakharova", "She"]
    assert _speaker_of(sample, "underscore") == zakharova.id
    continuation = [a for a in sample.attributions if a.kind is AttributionKind.CONTINUATION]
    assert len(continuation) == 1 and continuation[0].speaker == zakharova.id
    assert continuation[0].content is not None
    assert continuation[0].content.text.startswith("Some influential external players")


def test_statement_refers_to_defense_ministry(sample: Document) -> None:
    assert _speaker_of(sample, "reads") == "russian-defense-ministry"
    assert _speaker_of(sample, "highlighted") == "russian-defense-ministry"


def test_credit_line_relays_from_sputnik(sample: Document) -> None:
    assert [r.outlet for r in sample.relays] == ["Sputnik"]
    assert sample.relays[0].span.text == "Sputnik"


def _term(doc: Document, words: str) -> tuple[Voice, str | None]:
    hit = next(f for f in doc.findings if f.category == "loaded-term" and f.span.text == words)
    return hit.voice, hit.speaker


def test_loaded_terms_carry_voice_and_speaker(sample: Document) -> None:
    assert _term(sample, "illegal military presence") == (Voice.QUOTED, "russian-defense-ministry")
    assert _term(sample, "new aggression") == (Voice.QUOTED, "syrian-state-tv")
    assert _term(sample, "slammed") == (Voice.NARRATOR, None)
    headline = [f for f in sample.findings if f.category == "loaded-term" and f.voice is Voice.HEADLINE]
    assert {f.span.text for f in headline} == {"Daesh", "terrorists"}


def test_missing_comment_names_damascus(sample: Document) -> None:
    (note,) = sample.missing_comments
    assert note.party is not None and note.party.text == "The officials in Damascus"
    assert note.span.text.startswith("The officials in Damascus have yet to comment")


def test_every_span_slices_the_text(sample: Document) -> None:
    spans = [f.span for f in sample.findings] + [m for s in sample.speakers for m in s.mentions]
    spans += [x for a in sample.attributions for x in (a.cue, a.source, a.content) if x is not None]
    for span in spans:
        assert sample.text[span.start : span.end] == span.text

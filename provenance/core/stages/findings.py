"""Turn what the annotator found into Findings: the flat, span-based list every output shares."""

from __future__ import annotations

from provenance.core.stages.voice import VoiceIndex
from provenance.model import (
    Attribution,
    Finding,
    MissingComment,
    Relay,
    Segmentation,
    Severity,
    Span,
    Speaker,
    Voice,
)
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import LetterRule, RuleMeta
from provenance.ruleset.terms import TermHit

_SOURCE_WORDS = 6  # words of an uncredited source phrase shown in its attribution's message


def _message(meta: RuleMeta, fallback: str, **slots: str) -> str:
    template = meta.message or fallback
    for key, value in slots.items():
        template = template.replace("{" + key + "}", value)
    return template


def _who(speaker: Speaker | None, source: Span | None = None) -> str:
    if speaker is None and source is not None:
        # "Shell declined to comment", "Clinton wanted to shield …": a subject is named, but it says nothing.
        return f"{' '.join(source.text.split()[:_SOURCE_WORDS]).rstrip(',')} (no words credited)"
    if speaker is None:
        return "unknown speaker"
    extra = ", ".join(x for x in (speaker.role, speaker.organization) if x)
    return f"{speaker.name} ({extra})" if extra else speaker.name


def term_findings(
    hits: list[TermHit],
    text: str,
    seg: Segmentation,
    attributions: tuple[Attribution, ...],
    letters: tuple[Span, ...] = (),
    narrator: frozenset[str] = frozenset(),
    outlet_worded: frozenset[str] = frozenset(),
) -> list[Finding]:
    """A finding per term hit in a voice its entry allows, minus hits inside a longer one of the same category."""
    voiced = []
    index = VoiceIndex(seg, attributions, text, letters, narrator, outlet_worded)
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        voice, speaker = index.voice_of(hit.start, hit.end)
        if not hit.entry.voices or voice.value in hit.entry.voices:
            voiced.append((hit, voice, speaker))
    kept: list[tuple[TermHit, Voice, str | None]] = []
    open_hits: list[TermHit] = []  # kept hits that reach past the current start: only they can contain it
    for hit, voice, speaker in voiced:
        open_hits = [k for k in open_hits if k.end > hit.start]
        # "aggression" inside "new aggression" says nothing new; the same span from two rules does.
        if any(k.start <= hit.start and hit.end <= k.end and (k.start, k.end) != (hit.start, hit.end)
               and k.rule.meta.category == hit.rule.meta.category for k in open_hits):
            continue
        kept.append((hit, voice, speaker))
        open_hits.append(hit)
    findings = []
    for hit, voice, speaker in kept:
        meta, entry = hit.rule.meta, hit.entry
        words = text[hit.start : hit.end]
        message = _message(meta, f"{meta.label or meta.category}: “{words}”", match=words)
        if entry.reason:
            message = f"{message} {entry.reason}"
        findings.append(
            Finding(
                meta.id,
                meta.category,
                entry.severity or meta.severity_in(voice.value),
                Span(hit.start, hit.end, words),
                message,
                voice,
                speaker,
                entry.label or meta.label,
                entry.neutral,
            )
        )
    return findings


def letter_findings(found: list[tuple[Span, Span, LetterRule]]) -> list[Finding]:
    """An info finding at each reader's letter's salutation: what follows is the writer's, not the outlet's."""
    return [
        Finding(rule.meta.id, rule.meta.category, rule.meta.severity, opening,
                rule.meta.message or "A reader's letter: its words are the writer's.", Voice.NARRATOR, None,
                rule.meta.label)
        for opening, _, rule in found
    ]


def attribution_findings(
    book: Rulebook, attributions: tuple[Attribution, ...], speakers: tuple[Speaker, ...]
) -> list[Finding]:
    """An info finding per attribution cue, and a finding per anonymous source."""
    by_id = {s.id: s for s in speakers}
    lexicon = book.lexicon
    findings = []
    flagged: set[str] = set()
    for a in attributions:
        speaker = by_id.get(a.speaker or "")
        anchor = a.cue or a.content
        if anchor is not None:
            findings.append(
                Finding(
                    a.rule,
                    "attribution",
                    Severity.INFO,
                    anchor,
                    f"{_who(speaker, a.source)}: {a.kind.value}",
                    Voice.NARRATOR,
                    a.speaker,
                )
            )
        # Flag an anonymous source once, where it is introduced; "he" later is the same source.
        if (
            lexicon is not None
            and speaker is not None
            and speaker.anonymous
            and a.source is not None
            and speaker.id not in flagged
        ):
            flagged.add(speaker.id)
            meta = lexicon.meta
            message = _message(meta, "Anonymous source.", match=a.source.text)
            findings.append(
                Finding(
                    meta.id,
                    meta.category,
                    meta.severity,
                    a.source,
                    f"“{a.source.text}”: {message}",
                    Voice.NARRATOR,
                    a.speaker,
                    meta.label,
                )
            )
    return findings


def relay_findings(book: Rulebook, relays: list[Relay]) -> list[Finding]:
    """A finding per relay, naming the outlet's affiliation when a registry knows it."""
    findings = []
    for relay in relays:
        rule = book.rule(relay.rule)
        meta = rule.meta if rule else None
        message = _message(meta, "Relayed from {outlet}.", outlet=relay.outlet) if meta else relay.outlet
        if relay.affiliation is not None:
            message += f" {relay.outlet}: {relay.affiliation.label}" + (
                f", {relay.affiliation.country}." if relay.affiliation.country else "."
            )
        severity = meta.severity if meta else Severity.INFO
        findings.append(
            Finding(
                relay.rule,
                "relay",
                severity,
                relay.span,
                message,
                Voice.NARRATOR,
                None,
                relay.affiliation.typology if relay.affiliation else None,
            )
        )
    return findings


def comment_findings(book: Rulebook, notes: list[MissingComment]) -> list[Finding]:
    """A finding per missing-comment note."""
    findings = []
    for note in notes:
        rule = book.rule(note.rule)
        party = note.party.text if note.party else "a party"
        message = _message(rule.meta, "Missing comment: {party}.", party=party) if rule else party
        severity = rule.meta.severity if rule else Severity.INFO
        findings.append(Finding(note.rule, "missing-comment", severity, note.span, message, Voice.NARRATOR))
    return findings

"""Run pattern rules over paragraphs: relays (credit lines, datelines) and missing-comment notes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from provenance.attribution.sources import phrase_before
from provenance.attribution.tokens import gap, tokenize
from provenance.literals import Requirement, exact_for, met, requirements
from provenance.model import MissingComment, Relay, Segmentation, Span
from provenance.ruleset.rulebook import KnownOutlet, Rulebook
from provenance.ruleset.rules import PatternRule, SpeakerLexiconRule

_NEVER: tuple[Requirement, ...] = (frozenset(),)  # a requirement nothing meets
_RELATIVES = frozenset({"who", "which"})
_CHANNELS = frozenset({"through", "via"})


@dataclass(frozen=True, slots=True)
class PatternHit:
    """One pattern match, with its named slots."""

    rule: PatternRule
    span: Span
    slots: dict[str, Span]


def run_patterns(text: str, seg: Segmentation, rules: list[PatternRule]) -> Iterator[PatternHit]:
    """Every match of the given rules; line rules must cover a whole paragraph."""
    lower = text.lower() if exact_for(text) else None
    needs = _literal_needs(lower, rules) if lower is not None else {}
    for paragraph in seg.paragraphs:
        for rule in rules:
            gates = rule.gates or (None,) * len(rule.patterns)
            for k, (pattern, gate) in enumerate(zip(rule.patterns, gates, strict=True)):
                need = needs.get((id(rule), k)) if needs else None
                if need is not None and lower is not None and not met(lower, paragraph.start, paragraph.end, need):
                    continue
                if gate is not None and gate.search(text, paragraph.start, paragraph.end) is None:
                    continue
                matches = (
                    [pattern.fullmatch(text, paragraph.start, paragraph.end)]
                    if rule.line
                    else pattern.finditer(text, paragraph.start, paragraph.end)
                )
                for match in matches:
                    if match is not None:
                        yield PatternHit(rule, _span(text, match.start(), match.end()), _slots(text, match))


def _literal_needs(lower: str, rules: list[PatternRule]) -> dict[tuple[int, int], tuple[Requirement, ...]]:
    """Per (rule, pattern index): the literal words the pattern needs in a paragraph (see literals.py)."""
    needs = {}
    for rule in rules:
        for k, pattern in enumerate(rule.patterns):
            need = requirements(pattern.pattern, pattern.flags)
            if need:
                # A pattern whose words are nowhere in the text is ruled out once, not once per paragraph.
                needs[id(rule), k] = need if met(lower, 0, len(lower), need) else _NEVER
    return needs


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end, text[start:end])


def _slots(text: str, match: re.Match[str]) -> dict[str, Span]:
    return {
        name: _span(text, match.start(name), match.end(name))
        for name, value in match.groupdict().items()
        if value is not None
    }


def lookup_outlet(name: str, book: Rulebook) -> KnownOutlet | None:
    """A registry outlet by name, alias or domain, ignoring a leading "the"."""
    key = name.lower().strip(" .\u00a0")
    return book.outlets.get(key) or book.outlets.get(key.removeprefix("the "))


def relays(text: str, seg: Segmentation, book: Rulebook) -> list[Relay]:
    """Outlets the story was relayed through, each once, in text order."""
    found: dict[int, Relay] = {}
    for hit in run_patterns(text, seg, book.patterns("relay")):
        outlet = hit.slots.get("outlet")
        if outlet is None:
            continue
        known = lookup_outlet(outlet.text, book)
        if hit.rule.known_outlet and known is None:
            continue
        name = known.outlet.name if known else outlet.text
        found.setdefault(outlet.start, Relay(name, outlet, hit.rule.meta.id, known.affiliation if known else None))
    return [found[k] for k in sorted(found)]


def missing_comments(
    text: str, seg: Segmentation, book: Rulebook, lexicon: SpeakerLexiconRule | None
) -> list[MissingComment]:
    """Notes that a party has not commented, with the party trimmed to its noun phrase."""
    found: dict[int, MissingComment] = {}
    for hit in run_patterns(text, seg, book.patterns("missing-comment")):
        party = hit.slots.get("party")
        if party is not None and lexicon is not None:
            tokens = tokenize(text, party.start, party.end)
            # "Lewandowski, who did not respond": the party is the name before the relative pronoun.
            if len(tokens) > 1 and tokens[-1].lower in _RELATIVES:
                tokens = tokens[:-1]
            # "Schilling, through a spokeswoman, declined": drop the parenthetical channel.
            channel = next((k for k, t in enumerate(tokens) if k and t.lower in _CHANNELS), None)
            if channel is not None and gap(text, tokens[channel - 1], tokens[channel]).strip() == ",":
                tokens = tokens[:channel]
            phrase = phrase_before(tokens, len(tokens) - 1, text, lexicon, dict(book.verbs)) if tokens else []
            party = Span(phrase[0].start, phrase[-1].end, text[phrase[0].start : phrase[-1].end]) if phrase else None
        start = party.start if party else hit.span.start
        span = Span(start, hit.span.end, text[start : hit.span.end])
        if not any(m.span.start <= span.start < m.span.end for m in found.values()):
            found[start] = MissingComment(span, party, hit.rule.meta.id)
    return [found[k] for k in sorted(found)]

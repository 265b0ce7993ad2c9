"""Run pattern rules over paragraphs: relays (credit lines, datelines) and missing-comment notes."""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

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


# Seconds one pattern rule may spend on one document: ample for prose, a stop for catastrophic backtracking.
RULE_SECONDS = 2.0


@dataclass
class PatternBudget:
    """Time each pattern rule may spend on one document, and the rules that ran out of it."""

    seconds: float = field(default_factory=lambda: RULE_SECONDS)  # read at run time, so tests can lower it
    spent: dict[str, float] = field(default_factory=dict)
    timed_out: list[str] = field(default_factory=list)

    def warnings(self) -> tuple[str, ...]:
        """One warning per rule that was stopped."""
        return tuple(
            f"rule {rule}: its regular expression ran over {self.seconds:g}s on this text and was stopped, so its "
            "results are incomplete; simplify the pattern (avoid nested quantifiers such as (a+)+)"
            for rule in self.timed_out
        )


def run_patterns(
    text: str, seg: Segmentation, rules: list[PatternRule], budget: PatternBudget | None = None
) -> Iterator[PatternHit]:
    """Every match of the given rules; line rules must cover a whole paragraph. A rule out of time stops."""
    budget = budget if budget is not None else PatternBudget()
    lower = text.lower() if exact_for(text) else None
    needs = _literal_needs(lower, rules) if lower is not None else {}
    for paragraph in seg.paragraphs:
        for rule in rules:
            rule_id = rule.meta.id
            if rule_id in budget.timed_out:
                continue
            started = time.monotonic()
            try:
                left = budget.seconds - budget.spent.get(rule_id, 0.0)
                hits = list(_matches(text, paragraph, rule, left, needs, lower))
            except TimeoutError:
                budget.timed_out.append(rule_id)
                continue
            finally:
                budget.spent[rule_id] = budget.spent.get(rule_id, 0.0) + time.monotonic() - started
            yield from hits


def _matches(
    text: str, paragraph: Span, rule: PatternRule, seconds: float, needs: _Needs, lower: str | None
) -> Iterator[PatternHit]:
    if seconds <= 0:
        raise TimeoutError
    for k, (pattern, gate) in enumerate(zip(rule.patterns, rule.gates or (None,) * len(rule.patterns), strict=True)):
        need = needs.get((id(rule), k)) if needs else None
        if need is not None and lower is not None and not met(lower, paragraph.start, paragraph.end, need):
            continue  # a word every match contains is not in this paragraph (see literals.py)
        if gate is not None and gate.search(text, paragraph.start, paragraph.end, timeout=seconds) is None:
            continue
        matches = (
            [pattern.fullmatch(text, paragraph.start, paragraph.end, timeout=seconds)]
            if rule.line
            else pattern.finditer(text, paragraph.start, paragraph.end, timeout=seconds)
        )
        for match in matches:
            if match is not None:
                yield PatternHit(rule, _span(text, match.start(), match.end()), _slots(text, match))


_Needs = dict[tuple[int, int], tuple[Requirement, ...]]


def _literal_needs(lower: str, rules: list[PatternRule]) -> _Needs:
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


def _slots(text: str, match: regex.Match[str]) -> dict[str, Span]:
    return {
        name: _span(text, match.start(name), match.end(name))
        for name, value in match.groupdict().items()
        if value is not None
    }


def lookup_outlet(name: str, book: Rulebook) -> KnownOutlet | None:
    """A registry outlet by name, alias or domain, ignoring a leading "the"."""
    key = name.lower().strip(" .\u00a0")
    return book.outlets.get(key) or book.outlets.get(key.removeprefix("the "))


def relays(text: str, seg: Segmentation, book: Rulebook, budget: PatternBudget | None = None) -> list[Relay]:
    """Outlets the story was relayed through, each once, in text order."""
    found: dict[int, Relay] = {}
    for hit in run_patterns(text, seg, book.patterns("relay"), budget):
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
    text: str,
    seg: Segmentation,
    book: Rulebook,
    lexicon: SpeakerLexiconRule | None,
    budget: PatternBudget | None = None,
) -> list[MissingComment]:
    """Notes that a party has not commented, with the party trimmed to its noun phrase."""
    found: dict[int, MissingComment] = {}
    # A note lies inside its paragraph, so only notes of the same paragraph can hold a new one's start:
    # checking those alone keeps a text with thousands of notes linear.
    paragraph_starts = [p.start for p in seg.paragraphs]
    by_paragraph: dict[int, list[MissingComment]] = {}
    for hit in run_patterns(text, seg, book.patterns("missing-comment"), budget):
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
        same = by_paragraph.setdefault(bisect_right(paragraph_starts, hit.span.start) - 1, [])
        if not any(m.span.start <= span.start < m.span.end for m in same):
            found[start] = MissingComment(span, party, hit.rule.meta.id)
            same.append(found[start])
    return [found[k] for k in sorted(found)]

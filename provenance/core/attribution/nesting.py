"""Which of a sentence's attributions is the outer one when one sits inside another's content."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from typing import Protocol, TypeVar

from provenance.model import AttributionKind, Span

# "Trump said, according to CNN, that …" vs "The AP reported that, according to an analysis, …": a relay phrase
# right after "that" opens the reported clause, so it is inside the verb's content, not around it.
_AFTER_THAT = re.compile(r"\bthat[\s,\u00a0]*$", re.IGNORECASE)
# "Clinton praised Obama's record, and won 77 percent of the vote, according to exit polls": after a clause break
# the relay covers only the clause it ends, not a verb before the break.
_SENTENCE_REST = re.compile(r"[^.!?,;\n]*(?=[.!?\n]|$)")


@cache
def _clause_break(after_comma: frozenset[str], bare: frozenset[str]) -> re.Pattern[str]:
    """A comma before one of `after_comma` ("and", "which"), a semicolon, one of `bare` ("while") or a dash."""
    comma = "|".join(sorted(re.escape(w) for w in after_comma)) or "(?!)"
    words = "|".join(sorted(re.escape(w) for w in bare)) or "(?!)"
    return re.compile(rf",\s+(?:{comma})\b|;|\s(?:{words})\s|\s[—–]\s", re.IGNORECASE)


class Attributed(Protocol):
    """What the nesting rules read of an attribution: its rule, cue and content."""

    @property
    def rule(self) -> str: ...

    @property
    def cue(self) -> Span: ...

    @property
    def content(self) -> Span | None: ...

    @property
    def kind(self) -> AttributionKind: ...


A = TypeVar("A", bound=Attributed)


def unrelayed(
    found: Sequence[A],
    relay_rules: Collection[str],
    reporting: Collection[str],
    subjects: Collection[str],
    text: str,
    breaks: tuple[frozenset[str], frozenset[str]],
) -> list[A]:
    """Keep only the outer one of a relay phrase ("according to") and a verb cue that one wraps in its content.

    "“…,” Sanders said, according to CNN." and "According to the FBI summary, Mills asked …": the relay is the
    attribution, and what it relays (speaker, verb and words) is its content; the verb is not a second cue.
    "The AP reported that, according to an analysis, …": the relay opens the reported clause, so the verb is.
    A verb of saying or reporting (`reporting`: its forms) that ends its sentence relays the same way: "Trump
    said …, the Times reported."; `subjects` are the words (pronouns, determiners) that open a clause after it;
    `breaks` the words that after a comma, and alone, end the clause a relay covers (the lexicon's relay_breaks).
    """
    pattern = _clause_break(*breaks)
    relays = [
        k
        for k in found
        if k.rule in relay_rules
        and k.content is not None
        and not _AFTER_THAT.search(text, max(0, k.cue.start - 12), k.cue.start)
    ]
    relays += [k for k in found if k.cue.text.lower() in reporting and _trailing(k, text, subjects)]
    kept = [
        f for f in found if f.rule in relay_rules or not any(k is not f and _wraps(k, f, text, pattern) for k in relays)
    ]
    return [f for f in kept if f.rule not in relay_rules or f in relays or not _inside_report(f, kept)]


def _inside_report(relay: Attributed, found: Sequence[Attributed]) -> bool:
    return any(
        f.content is not None and f.cue.end <= relay.cue.start and f.content.start <= relay.cue.start < f.content.end
        for f in found
        if f is not relay
    )


def _wraps(relay: Attributed, verb: Attributed, text: str, breaks: re.Pattern[str]) -> bool:
    content = relay.content
    if content is None or not content.start <= verb.cue.start < content.end:
        return False
    if verb.content is not None and verb.cue.end <= relay.cue.start <= verb.content.start:
        return False  # "Politico reported, according to sources, Clinton tried …": the relay is in the report
    between = (verb.cue.end, relay.cue.start) if verb.cue.end <= relay.cue.start else None
    return between is None or not breaks.search(text, *between)


def _trailing(cue: Attributed, text: str, subjects: Collection[str]) -> bool:
    # "Officials added 160 officers, the Sun-Times reported.": a cue ending its sentence that attributes the clause
    # before it relays that clause, verbs and all. Mid-sentence ("…, KING-TV reported, while in Chicago …") it
    # attributes only part of what comes before; a quotation before it holds no cue anyway.
    if cue.content is None or cue.content.end > cue.cue.start or cue.kind is not AttributionKind.INDIRECT:
        return False
    rest = _SENTENCE_REST.match(text, cue.cue.end)
    words = rest.group().lower().split() if rest is not None else None
    # "Monday", "in a statement" may follow; "Rubio said he would." goes on with a clause of its own.
    return words is not None and len(words) <= 3 and not (words and words[0] in subjects)

"""Judgement of credit (is the origin credited, or someone else?) and of the headline."""

from __future__ import annotations

from rapidfuzz.distance import Indel

from provenance.model import Affiliation, Document, Span, SpeakerKind, Voice
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import normalise, tokens
from provenance.trace.types import Change, Origin

SAME_HEADLINE = 0.9  # word similarity above which a headline counts as kept (a typo fixed, a dash changed)
_NOWHERE = Span(0, 0, "")


def same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names denote the same outlet ("Sputnik" and "Sputnik News" do)."""
    x, y = " ".join(normalise(a).split()), " ".join(normalise(b).split())
    if not x or not y:
        return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def origin_outlet(stored: str | None, origin: Document) -> tuple[str | None, Affiliation | None]:
    """The origin's outlet (as stored, else its own credit line) and its registry affiliation if the text names it."""
    if stored:
        match = next((r for r in origin.relays if same_outlet(r.outlet, stored)), None)
        return stored, match.affiliation if match else None
    if origin.relays:
        return origin.relays[0].outlet, origin.relays[0].affiliation
    return None, None


def _credits(article: Document) -> list[tuple[str, Span]]:
    """Outlets the article credits or cites: its relays, and outlets it attributes words to."""
    named = [(relay.outlet, relay.span) for relay in article.relays]
    for speaker in article.speakers:
        if speaker.kind is SpeakerKind.OUTLET:
            named.append((speaker.name, speaker.mentions[0] if speaker.mentions else _NOWHERE))
    return named


def credit_changes(article: Document, origin: Origin, coverage: float, rules: TraceRules) -> list[Change]:
    """credit-missing, credit-other and origin-state-media for one origin."""
    named = _credits(article)
    found: list[Change] = []
    credited = None
    if origin.outlet:
        credited = next((span for name, span in named if same_outlet(name, origin.outlet)), None)
        if credited is None and named and rules.enabled("trace.credit-other"):
            name, span = named[0]
            found.append(rules.change("trace.credit-other", span, new=name, origin=origin.outlet, coverage=coverage))
        elif credited is None and rules.enabled("trace.credit-missing"):
            found.append(rules.change("trace.credit-missing", _NOWHERE, origin=origin.outlet, coverage=coverage))
    elif not named and rules.enabled("trace.credit-missing"):
        # Without a known outlet we can still tell that the article credits nobody at all.
        found.append(rules.change("trace.credit-missing", _NOWHERE, origin=origin.headline, coverage=coverage))
    affiliation = origin.affiliation
    if affiliation is not None and affiliation.typology and rules.enabled("trace.origin-state-media"):
        found.append(
            rules.change(
                "trace.origin-state-media",
                credited or _NOWHERE,
                origin=affiliation.name,
                label=affiliation.label,
                country=affiliation.country or "country unknown",
            )
        )
    return found


def headline_changes(article: Document, origin: Document, rules: TraceRules) -> list[Change]:
    """headline-rewritten when both texts have a headline and the words differ."""
    new, old = article.segmentation.headline, origin.segmentation.headline
    if new is None or old is None or not rules.enabled("trace.headline-rewritten"):
        return []
    a = [t.norm for t in tokens(article.text, new.start, new.end)]
    o = [t.norm for t in tokens(origin.text, old.start, old.end)]
    if Indel.normalized_similarity(a, o) >= SAME_HEADLINE:
        return []
    return [rules.change("trace.headline-rewritten", new, old, Voice.HEADLINE, old=old.text, new=new.text)]

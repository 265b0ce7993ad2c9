"""Judgement of credit (is the origin credited, or someone else?) and of the headline."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz.distance import Indel

from provenance.model import Affiliation, Document, Span, SpeakerKind, Voice
from provenance.ruleset.rulebook import KnownOutlet
from provenance.trace.passages import body_paragraphs
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import normalise, tokens
from provenance.trace.types import Change, Origin
from provenance.trace.wordmap import WordMap

SAME_HEADLINE = 0.9  # word similarity above which a headline counts as kept (a typo fixed, a dash changed)
_NOWHERE = Span(0, 0, "")
# Relay rules that credit the whole story (rules/relays.yaml), wherever they stand, copied or not.
CREDIT_RULES = (".credit-line", ".agency-credit", ".wire-dateline")


def same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names denote the same outlet ("Sputnik" and "Sputnik News" do)."""
    x, y = " ".join(normalise(a).split()), " ".join(normalise(b).split())
    if not x or not y:
        return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def origin_outlet(
    stored: str | None, origin: Document, registry: Mapping[str, KnownOutlet] | None = None
) -> tuple[str | None, Affiliation | None]:
    """The origin's outlet (as stored, else its own credit line) and its registry affiliation.

    The affiliation comes from a relay of the origin's text naming the outlet, else from the registry
    (`Rulebook.outlets`) by the stored name: an RT archive's stories rarely credit RT in their own text.
    """
    if stored:
        match = next((r for r in origin.relays if same_outlet(r.outlet, stored)), None)
        if match is not None:
            return stored, match.affiliation
        key = stored.lower().strip(" .\u00a0")
        known = (registry or {}).get(key) or (registry or {}).get(key.removeprefix("the "))
        return stored, known.affiliation if known else None
    if origin.relays:
        return origin.relays[0].outlet, origin.relays[0].affiliation
    return None, None


# The registry rule (rules/state-media.yaml) whose outlets origin-state-media names; a wire agency's entry in
# rules/wires.yaml ("news agency") is an affiliation too, but not state media.
STATE_MEDIA_REGISTRY = ".state-media.state-media"
CREDIT_NOTE_WORDS = 12  # "The Associated Press contributed to this report." is a note, not a paragraph of news


def credit_notes(article: Document, outlet: str | None, wmap: WordMap) -> list[Span]:
    """Short paragraphs the republisher wrote that name the origin's outlet: credits in whatever words.

    "Reuters contributed to this report.", "(Additional reporting by Reuters)", "H/T RT": credit forms are
    too many to list as patterns, but a short line of the republisher's own that names the outlet is one.
    """
    if not outlet or not outlet.strip():
        return []
    name = re.compile(rf"(?<!\w){re.escape(outlet.strip())}(?!\w)")
    return [
        p
        for p in body_paragraphs(article)
        if len(tokens(article.text, p.start, p.end)) <= CREDIT_NOTE_WORDS
        and not _copied(p, wmap)
        and name.search(article.text, p.start, p.end)
    ]


def _cited(article: Document, wmap: WordMap) -> list[tuple[str, Span]]:
    """Outlets the article itself credits or cites: relays and outlets it attributes words to, outside copied text.

    "told Breitbart News" inside a paragraph copied from Breitbart is the origin's own sentence, not a credit;
    a credit line counts wherever it is.
    """
    named = [(r.outlet, r.span) for r in article.relays if r.rule.endswith(CREDIT_RULES) or not _copied(r.span, wmap)]
    for speaker in article.speakers:
        if speaker.kind is SpeakerKind.OUTLET:
            named += [(speaker.name, m) for m in speaker.mentions if not _copied(m, wmap)]
    return named


def _copied(span: Span, wmap: WordMap) -> bool:
    return wmap.article_kept(span) >= 0.5


def _credit_lines(article: Document) -> list[tuple[str, Span]]:
    """Outlets credited for the whole story: credit lines and wire datelines, not "told CNN" in a paragraph."""
    return [(r.outlet, r.span) for r in article.relays if r.rule.endswith(CREDIT_RULES)]


def credit_changes(article: Document, origin: Origin, wmap: WordMap, rules: TraceRules) -> list[Change]:
    """credit-missing, credit-other and origin-state-media for one origin."""
    found: list[Change] = []
    credited = None
    coverage = wmap.alignment.coverage
    if origin.outlet:
        credited = next((span for name, span in _cited(article, wmap) if same_outlet(name, origin.outlet)), None)
        credited = credited or next(iter(credit_notes(article, origin.outlet, wmap)), None)
        lines = _credit_lines(article)
        if credited is None and lines and rules.enabled("trace.credit-other"):
            name, span = lines[0]
            found.append(rules.change("trace.credit-other", span, new=name, origin=origin.outlet, coverage=coverage))
        elif credited is None and not lines and rules.enabled("trace.credit-missing"):
            found.append(rules.change("trace.credit-missing", _NOWHERE, origin=origin.outlet, coverage=coverage))
    elif not _credit_lines(article) and rules.enabled("trace.credit-missing"):
        # Without a known outlet we can still tell that the article credits nobody at all.
        found.append(rules.change("trace.credit-missing", _NOWHERE, origin=origin.headline, coverage=coverage))
    affiliation = origin.affiliation
    state_media = affiliation is not None and affiliation.registry.endswith(STATE_MEDIA_REGISTRY)
    if affiliation is not None and state_media and affiliation.typology and rules.enabled("trace.origin-state-media"):
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

"""Judgement of credit (is the origin credited, or someone else?) and of the headline."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz.distance import Indel

from provenance.model import Affiliation, Document, Span, SpeakerKind, Voice
from provenance.ruleset.rulebook import KnownOutlet
from provenance.trace.outlets import OutletNames, outlet_names, outlets_in, same_outlet
from provenance.trace.passages import body_paragraphs
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import tokens
from provenance.trace.types import Change, Origin
from provenance.trace.wordmap import WordMap

SAME_HEADLINE = 0.9  # word similarity above which a headline counts as kept (a typo fixed, a dash changed)
_NOWHERE = Span(0, 0, "")
# Relay rules that credit the whole story (rules/relays.yaml), wherever they stand, copied or not.
CREDIT_RULES = (".credit-line", ".agency-credit", ".wire-dateline")
__all__ = [
    "credit_changes",
    "credit_notes",
    "credited_outlets",
    "headline_changes",
    "origin_outlet",
    "same_outlet",
    "unnamed_credits",
]


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
LEAD_WORDS = 4  # the shortest paragraph of news (judge_paragraphs.MIN_WORDS)
CREDIT_NOTE_WORDS = 12  # "The Associated Press contributed to this report." is a note, not a paragraph of news


def credit_notes(article: Document, names: OutletNames, wmap: WordMap) -> list[Span]:
    """Short paragraphs the republisher wrote that name the origin's outlet: credits in whatever words.

    "Reuters contributed to this report.", "(Additional reporting by Reuters)", "H/T RT", "with material from
    dpa": credit forms are too many to list as patterns, but a short line of the republisher's own that names the
    outlet (by any of its names, its domain or its initials) is one.
    """
    if not names.forms:
        return []
    return [
        p
        for p in body_paragraphs(article)
        if len(tokens(article.text, p.start, p.end)) <= CREDIT_NOTE_WORDS
        and not _copied(p, wmap)
        and names.named_in(article.text, p.start, p.end)
    ]


def credited_outlets(
    article: Document, wmap: WordMap, rules: TraceRules, registry: Mapping[str, KnownOutlet] | None
) -> list[tuple[str, Span]]:
    """Outlets credited for the whole story: the relay rules' credit lines and datelines, and short lines of the
    republisher's own that are little more than a registry outlet's name ("— dpa", "(Xinhua)", "source: reuters",
    "Source: globaltimes.cn"), not a picture's credit ("Photo: AFP"); not "told CNN" in a paragraph."""
    found = [(r.outlet, r.span) for r in article.relays if r.rule.endswith(CREDIT_RULES)]
    if not registry:
        return found
    headline = article.segmentation.headline
    for paragraph in article.segmentation.paragraphs:
        words = tokens(article.text, paragraph.start, paragraph.end)
        if not words or len(words) > CREDIT_NOTE_WORDS or paragraph == headline or _copied(paragraph, wmap):
            continue
        if words[0].norm in rules.picture_credits:
            continue
        named = outlets_in(article.text, paragraph, registry)
        if named and len(words) - sum(n for _, _, n in named) <= rules.credit_other_words:
            found += [(known.outlet.name, span) for known, span, _ in named if not _holds(found, span)]
    found.sort(key=lambda f: f[1].start)
    return found


def unnamed_credits(article: Document, wmap: WordMap, rules: TraceRules) -> list[Span]:
    """Short lines of the republisher's own that credit no outlet by name ("With inputs from agencies")."""
    found = []
    for paragraph in article.segmentation.paragraphs:
        words = [t.norm for t in tokens(article.text, paragraph.start, paragraph.end)]
        if not words or len(words) > CREDIT_NOTE_WORDS or _copied(paragraph, wmap):
            continue
        for name in rules.unnamed_credits:
            n = len(name)
            hit = any(tuple(words[i : i + n]) == name for i in range(len(words) - n + 1))
            if hit and len(words) - n <= rules.credit_other_words:
                found.append(paragraph)
                break
    return found


def _holds(found: list[tuple[str, Span]], span: Span) -> bool:
    return any(s.start < span.end and span.start < s.end for _, s in found)


def _cited(article: Document, wmap: WordMap, lines: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Outlets the article itself credits or cites: credit lines, and relays and outlets it attributes words to
    outside copied text.

    "told Breitbart News" inside a paragraph copied from Breitbart is the origin's own sentence, not a credit;
    a credit line counts wherever it is.
    """
    named = list(lines) + [(r.outlet, r.span) for r in article.relays if not _copied(r.span, wmap)]
    for speaker in article.speakers:
        if speaker.kind is SpeakerKind.OUTLET:
            named += [(speaker.name, m) for m in speaker.mentions if not _copied(m, wmap)]
    return named


def _speaking(article: Document, names: OutletNames) -> Span | None:
    """Where the origin speaks as the institution that announces the news, in the article's lead.

    A press release run as a story names its issuer as the speaker of its lead ("Norvale Therapeutics on Monday
    announced ..."), copied or not, and so attributes the words to their origin. A news outlet naming itself
    further down ("POLITICO published a story ...") or named in copied text ("told Reuters") is not its credit.
    """
    news = (p for p in body_paragraphs(article) if len(tokens(article.text, p.start, p.end)) >= LEAD_WORDS)
    lead = next(news, None)  # "Staff report" above it is no lead
    if lead is None:
        return None
    for speaker in article.speakers:
        if speaker.kind is not SpeakerKind.INSTITUTION or not names.named_in(speaker.name, 0, len(speaker.name)):
            continue
        mention = next((m for m in speaker.mentions if lead.start <= m.start < lead.end), None)
        if mention is not None:
            return mention
    return None


def _copied(span: Span, wmap: WordMap) -> bool:
    return wmap.article_kept(span) >= 0.5


def credit_changes(
    article: Document,
    origin: Origin,
    wmap: WordMap,
    rules: TraceRules,
    registry: Mapping[str, KnownOutlet] | None = None,
) -> list[Change]:
    """credit-missing, credit-other and origin-state-media for one origin.

    With the registry (`Rulebook.outlets`) the origin is known by all its names ("dpa", "AA" for Anadolu Agency,
    its domain), and a short line naming another registry outlet is a credit to it.
    """
    found: list[Change] = []
    credited = None
    coverage = wmap.alignment.coverage
    lines = credited_outlets(article, wmap, rules, registry)
    if origin.outlet:
        names = outlet_names(origin.outlet, registry)
        credited = next((span for name, span in _cited(article, wmap, lines) if names.same(name)), None)
        credited = credited or next(iter(credit_notes(article, names, wmap)), None)
        credited = credited or _speaking(article, names)
        if credited is None and lines and rules.enabled("trace.credit-other"):
            name, span = lines[0]
            found.append(rules.change("trace.credit-other", span, new=name, origin=origin.outlet, coverage=coverage))
        elif credited is None and not lines and rules.enabled("trace.credit-missing"):
            found.append(rules.change("trace.credit-missing", _NOWHERE, origin=origin.outlet, coverage=coverage))
    elif not lines and rules.enabled("trace.credit-missing"):
        # Without a known outlet we can still tell that the article credits nobody at all.
        named = f"“{origin.headline}”" if origin.headline.strip() else origin.path  # a headline, quoted, reads as one
        found.append(rules.change("trace.credit-missing", _NOWHERE, origin=named, coverage=coverage))
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

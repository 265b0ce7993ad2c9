"""Rule types: the typed, immutable form of what a ruleset's YAML says."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from provenance.model import Severity


@dataclass(frozen=True, slots=True)
class Examples:
    """Texts a rule must fire on, and texts it must not."""

    match: tuple[str, ...]
    no_match: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """What every rule has: a namespaced id, its type and where it was defined."""

    id: str  # pack.ruleset.rule
    type: str
    severity: Severity
    category: str
    examples: Examples
    path: str
    line: int
    description: str = ""
    label: str | None = None
    message: str | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class TermEntry:
    """One term with every surface form it matches and what to say about it."""

    term: str
    forms: tuple[str, ...]
    neutral: str | None = None
    reason: str | None = None
    label: str | None = None
    severity: Severity | None = None
    case_sensitive: bool = False
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class TermsRule:
    """A list of words and phrases, matched all at once."""

    meta: RuleMeta
    entries: tuple[TermEntry, ...]


@dataclass(frozen=True, slots=True)
class PatternRule:
    """Phrase patterns or regular expressions, with named slots such as {party} or {outlet}."""

    meta: RuleMeta
    patterns: tuple[regex.Pattern[str], ...]
    line: bool = False
    known_outlet: bool = False


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A reporting verb and how its content follows it."""

    lemma: str
    forms: tuple[str, ...]
    frame: str  # that: a clause follows; as: "described X as Y"; object: "denied the report"
    kind: str  # speech, belief, document, charged


@dataclass(frozen=True, slots=True)
class AttributionVerbsRule:
    """Verbs that attribute words: said, told, argued, believes, reads."""

    meta: RuleMeta
    verbs: tuple[VerbCue, ...]


@dataclass(frozen=True, slots=True)
class AttributionPhrasesRule:
    """Phrases followed by their source: "according to X"."""

    meta: RuleMeta
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HeadlineDashRule:
    """A headline ending "... – Russia" attributes the headline to the name after the dash."""

    meta: RuleMeta
    dashes: tuple[str, ...]
    max_source_words: int = 4


@dataclass(frozen=True, slots=True)
class SpeakerLexiconRule:
    """Words that tell what a source phrase names: roles, institutions, pronouns, anonymity."""

    meta: RuleMeta
    roles: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)
    anaphors: dict[str, str] = field(default_factory=dict)
    anonymous: frozenset[str] = frozenset()
    vague: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    postmodifiers: frozenset[str] = frozenset()
    clause_stops: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)
    state_media: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet or agency a registry knows."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    typology: str | None = None
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class RegistryRule:
    """Outlets with their country and ownership typology."""

    meta: RuleMeta
    outlets: tuple[Outlet, ...]
    typologies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AbbreviationsRule:
    """Abbreviations whose period does not end a sentence."""

    meta: RuleMeta
    words: frozenset[str]


Rule = (
    TermsRule
    | PatternRule
    | AttributionVerbsRule
    | AttributionPhrasesRule
    | HeadlineDashRule
    | SpeakerLexiconRule
    | RegistryRule
    | AbbreviationsRule
)

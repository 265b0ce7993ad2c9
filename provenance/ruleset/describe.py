"""What a rule holds, as plain rows for `rules list` and `rules show`; one describer per rule type."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from provenance.ruleset.rules import (
    AbbreviationsRule,
    AttributionPhrasesRule,
    AttributionVerbsRule,
    HeadlineDashRule,
    PatternRule,
    RegistryRule,
    Rule,
    SpeakerLexiconRule,
    TermsRule,
)


@dataclass(frozen=True, slots=True)
class Entries:
    """A rule's entries as a table: what one entry is called, column headers, one row per entry."""

    noun: str  # "term", "outlet", ...
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]

    @property
    def plural(self) -> str:
        """The noun for several entries."""
        return self.noun + ("es" if self.noun.endswith(("s", "sh", "ch", "x")) else "s")

    def count_text(self) -> str:
        """"8 terms", "1 pattern"."""
        return f"{len(self.rows)} {self.noun if len(self.rows) == 1 else self.plural}"


def _join(values: Sequence[str] | frozenset[str]) -> str:
    return ", ".join(sorted(values) if isinstance(values, frozenset) else values)


def _terms(rule: Rule) -> Entries:
    assert isinstance(rule, TermsRule)
    rows = [(e.term, e.neutral or "", e.reason or "", _join([f for f in e.forms if f != e.term])) for e in rule.entries]
    return Entries("term", ("term", "neutral alternative", "reason", "also matches"), rows)


def _pattern(rule: Rule) -> Entries:
    assert isinstance(rule, PatternRule)
    sources = rule.sources or tuple(p.pattern for p in rule.patterns)
    return Entries("pattern", ("pattern",), [(s,) for s in sources])


def _verbs(rule: Rule) -> Entries:
    assert isinstance(rule, AttributionVerbsRule)
    rows = [(v.lemma, v.kind, _join(v.forms[1:])) for v in rule.verbs]
    return Entries("verb", ("verb", "kind", "forms"), rows)


def _phrases(rule: Rule) -> Entries:
    assert isinstance(rule, AttributionPhrasesRule)
    return Entries("phrase", ("phrase",), [(p,) for p in rule.phrases])


def _dashes(rule: Rule) -> Entries:
    assert isinstance(rule, HeadlineDashRule)
    return Entries("dash", ("dash", "code point"), [(d, ", ".join(f"U+{ord(c):04X}" for c in d)) for d in rule.dashes])


def _lexicon(rule: Rule) -> Entries:
    assert isinstance(rule, SpeakerLexiconRule)
    rows: list[tuple[str, ...]] = []
    for name in SpeakerLexiconRule.__dataclass_fields__:
        value = getattr(rule, name)
        if name == "meta" or not value:
            continue
        words = [f"{k} ({v})" for k, v in value.items()] if isinstance(value, dict) else sorted(value)
        rows.extend((name, w) for w in words)
    return Entries("word", ("list", "word"), rows)


def _registry(rule: Rule) -> Entries:
    assert isinstance(rule, RegistryRule)
    typology = rule.typologies
    rows = [
        (o.name, _join([*o.aliases, *o.domains]), o.country or "", typology.get(o.typology or "", o.typology or ""))
        for o in rule.outlets
    ]
    return Entries("outlet", ("outlet", "aliases and domains", "country", "typology"), rows)


def _abbreviations(rule: Rule) -> Entries:
    assert isinstance(rule, AbbreviationsRule)
    return Entries("abbreviation", ("abbreviation",), [(w,) for w in sorted(rule.words)])


DESCRIBERS: dict[str, Callable[[Rule], Entries]] = {
    "terms": _terms,
    "pattern": _pattern,
    "attribution-verbs": _verbs,
    "attribution-phrases": _phrases,
    "headline-dash": _dashes,
    "speaker-lexicon": _lexicon,
    "registry": _registry,
    "abbreviations": _abbreviations,
}


def entries(rule: Rule) -> Entries:
    """The entries of any rule; a type without a describer shows none."""
    describe = DESCRIBERS.get(rule.meta.type)
    return describe(rule) if describe else Entries("entry", (), [])


class UnknownRule(LookupError):
    """No single rule answers to an id; `candidates` are close or ambiguous matches."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


def find_rule(rules: Sequence[Rule], query: str) -> Rule:
    """The rule whose id is `query`, ends with `.query`, or uniquely starts with it; else UnknownRule."""
    by_id = {r.meta.id: r for r in rules}
    if query in by_id:
        return by_id[query]
    for matches in (
        [i for i in by_id if i.endswith("." + query)],
        [i for i in by_id if i.startswith(query)],
    ):
        if len(matches) == 1:
            return by_id[matches[0]]
        if matches:
            raise UnknownRule(f"rule id '{query}' is ambiguous", sorted(matches))
    # Compare against every dotted suffix too, so a typo in "loaded.delegitimising" still finds its rule.
    names: dict[str, str] = {}
    for rule_id in by_id:
        parts = rule_id.split(".")
        for i in range(len(parts)):
            names.setdefault(".".join(parts[i:]), rule_id)
    close = difflib.get_close_matches(query, list(names), n=3, cutoff=0.75)
    raise UnknownRule(f"no rule '{query}'", list(dict.fromkeys(names[c] for c in close)))

"""Turn validated ruleset data into typed rules: one builder per rule type, in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from provenance.inflection import noun_forms, verb_forms
from provenance.model import Severity
from provenance.ruleset.phrase import PatternError, phrase_to_regex, regex_with_slots
from provenance.ruleset.rules import (
    AbbreviationsRule,
    AttributionPhrasesRule,
    AttributionVerbsRule,
    Examples,
    HeadlineDashRule,
    Outlet,
    PatternRule,
    RegistryRule,
    Rule,
    RuleMeta,
    SpeakerLexiconRule,
    TermEntry,
    TermsRule,
    VerbCue,
)

Data = dict[str, Any]


class RuleDataError(ValueError):
    """A value the schema allows but the rule type cannot use; `key` is relative to the rule."""

    def __init__(self, key: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.key = key


def _words(values: list[str] | None) -> frozenset[str]:
    return frozenset(v.lower() for v in values or ())


def _forms(text: str, inflect: str, explicit: list[str] | None) -> tuple[str, ...]:
    if explicit:
        return (text, *explicit)
    if inflect == "verb":
        return verb_forms(text)
    if inflect == "noun":
        return noun_forms(text)
    return (text,)


def _terms(meta: RuleMeta, data: Data) -> TermsRule:
    default_inflect = data.get("inflect", "none")
    entries = []
    for raw in data["terms"]:
        item: Data = {"term": raw} if isinstance(raw, str) else raw
        severity = item.get("severity")
        entries.append(
            TermEntry(
                term=item["term"],
                forms=_forms(item["term"], str(item.get("inflect", default_inflect)), item.get("forms")),
                neutral=item.get("neutral"),
                reason=item.get("reason"),
                label=item.get("label"),
                severity=Severity(severity) if severity else None,
                case_sensitive=bool(item.get("case_sensitive", False)),
                not_before=_words(item.get("not_before")),
                not_after=_words(item.get("not_after")),
            )
        )
    return TermsRule(meta, tuple(entries))


def _pattern(meta: RuleMeta, data: Data) -> PatternRule:
    # The `regex` engine, not `re`: it survives many catastrophic patterns and takes a timeout (patterns.py).
    flags = 0 if data.get("case_sensitive") else regex.IGNORECASE
    compiled = []
    for key, convert in (("patterns", phrase_to_regex), ("regex", regex_with_slots)):
        for i, source in enumerate(data.get(key, ())):
            try:
                compiled.append(regex.compile(convert(source), flags))
            except (PatternError, regex.error) as exc:
                raise RuleDataError((key, i), f"cannot compile {source!r}: {exc}") from None
    return PatternRule(meta, tuple(compiled), bool(data.get("line")), bool(data.get("known_outlet")))


def _verbs(meta: RuleMeta, data: Data) -> AttributionVerbsRule:
    default_kind = data.get("kind", "speech")
    verbs = []
    for raw in data["verbs"]:
        item: Data = {"lemma": raw} if isinstance(raw, str) else raw
        forms = _forms(item["lemma"], "verb", item.get("forms"))
        verbs.append(VerbCue(item["lemma"], forms, str(item.get("frame", "that")), str(item.get("kind", default_kind))))
    return AttributionVerbsRule(meta, tuple(verbs))


def _phrases(meta: RuleMeta, data: Data) -> AttributionPhrasesRule:
    return AttributionPhrasesRule(meta, tuple(data["phrases"]))


def _dash(meta: RuleMeta, data: Data) -> HeadlineDashRule:
    return HeadlineDashRule(meta, tuple(data["dashes"]), int(data.get("max_source_words", 4)))


def _lexicon(meta: RuleMeta, data: Data) -> SpeakerLexiconRule:
    return SpeakerLexiconRule(
        meta,
        roles=_words(data.get("roles")),
        institutions=_words(data.get("institutions")),
        pronouns={k.lower(): v for k, v in data.get("pronouns", {}).items()},
        anaphors={k.lower(): v for k, v in data.get("anaphors", {}).items()},
        anonymous=_words(data.get("anonymous")),
        vague=_words(data.get("vague")),
        determiners=_words(data.get("determiners")),
        auxiliaries=_words(data.get("auxiliaries")),
        postmodifiers=_words(data.get("postmodifiers")),
        clause_stops=_words(data.get("clause_stops")),
        places=frozenset(data.get("places", ())),
        demonyms=dict(data.get("demonyms", {})),
        state_media=_words(data.get("state_media")),
    )


def _registry(meta: RuleMeta, data: Data) -> RegistryRule:
    outlets = tuple(
        Outlet(
            name=o["name"],
            aliases=tuple(o.get("aliases", ())),
            domains=tuple(o.get("domains", ())),
            country=o.get("country"),
            typology=o.get("typology"),
            owner=o.get("owner"),
        )
        for o in data["outlets"]
    )
    return RegistryRule(meta, outlets, dict(data.get("typologies", {})))


def _abbreviations(meta: RuleMeta, data: Data) -> AbbreviationsRule:
    return AbbreviationsRule(meta, _words(data["words"]))


# The explicit registry of rule types: adding a type means adding a builder here and to the schema.
BUILDERS: dict[str, Callable[[RuleMeta, Data], Rule]] = {
    "terms": _terms,
    "pattern": _pattern,
    "attribution-verbs": _verbs,
    "attribution-phrases": _phrases,
    "headline-dash": _dash,
    "speaker-lexicon": _lexicon,
    "registry": _registry,
    "abbreviations": _abbreviations,
}


def build_rule(meta: RuleMeta, data: Data) -> Rule:
    """The typed rule for one validated YAML rule mapping."""
    return BUILDERS[meta.type](meta, data)


def examples_of(data: Data) -> Examples:
    """The examples block of a rule mapping."""
    block = data.get("examples", {})
    return Examples(tuple(block.get("match", ())), tuple(block.get("no_match", ())))

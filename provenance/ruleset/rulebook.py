"""A loaded, validated set of rules, with the matchers compiled from them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar, cast

from provenance.model import Affiliation
from provenance.ruleset.multiword import MultiwordForms
from provenance.ruleset.rules import (
    AbbreviationsRule,
    AttributionPhrasesRule,
    AttributionVerbsRule,
    BoilerplateRule,
    ClaimRule,
    LetterRule,
    Outlet,
    PatternRule,
    RegistryRule,
    ReplyRule,
    Rule,
    ScareQuoteRule,
    SpeakerLexiconRule,
    TermsRule,
    VerbCue,
)
from provenance.ruleset.terms import TermMatcher

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class KnownOutlet:
    """An outlet from a registry, with the affiliation to attach wherever it appears."""

    outlet: Outlet
    affiliation: Affiliation


class Rulebook:
    """Rules by type; compiled structures are built on first use and then shared."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        # Extraction asks for a type once per paragraph (~20k times a corpus); the rules never change.
        self._of_type: dict[type, tuple[Rule, ...]] = {}

    def of_type(self, kind: type[R]) -> list[R]:
        """The rules of one type, in load order."""
        found = self._of_type.get(kind)
        if found is None:
            found = self._of_type[kind] = tuple(r for r in self.rules if isinstance(r, kind))
        return cast(list[R], list(found))  # every rule in it is an instance of kind

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id."""
        return next((r for r in self.rules if r.meta.id == rule_id), None)

    @cached_property
    def terms(self) -> TermMatcher:
        """All term lists in one automaton."""
        return TermMatcher(self.of_type(TermsRule))

    @cached_property
    def verbs(self) -> dict[str, tuple[VerbCue, AttributionVerbsRule]]:
        """Every surface form of every attribution verb, lower-case."""
        table: dict[str, tuple[VerbCue, AttributionVerbsRule]] = {}
        for rule in self.of_type(AttributionVerbsRule):
            for verb in rule.verbs:
                for form in verb.forms:
                    table.setdefault(form.lower(), (verb, rule))
        return table

    @cached_property
    def verb_forms(self) -> dict[str, object]:
        """The verb table widened for the source-phrase readers, which only test membership."""
        return dict(self.verbs)

    @cached_property
    def dotted_verb_forms(self) -> frozenset[str]:
        """Each verb form with a period after it ("says."), as a token that kept its period reads in lower case."""
        return frozenset(f"{form}." for form in self.verbs)

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every word a sentence's cue search looks at: verb forms, with a period after them, and multiword starts."""
        return frozenset(self.verbs) | self.dotted_verb_forms | frozenset(self.multiword.by_first)

    @cached_property
    def multiword(self) -> MultiwordForms:
        """The verb forms of more than one word ("made it clear"), built once per rulebook, not per document."""
        return MultiwordForms(self.verbs)

    @cached_property
    def reporting_forms(self) -> frozenset[str]:
        """Forms of verbs of saying and of documents: the ones an "according to" relay can stand in for."""
        return frozenset(form for form, (cue, _) in self.verbs.items() if cue.kind in ("speech", "document"))

    @cached_property
    def relay_rule_ids(self) -> frozenset[str]:
        """Ids of the rules whose phrases introduce their source ("according to")."""
        return frozenset(rule.meta.id for _, rule in self.phrases)

    @cached_property
    def phrases(self) -> list[tuple[str, AttributionPhrasesRule]]:
        """Source-introducing phrases ("according to"), longest first."""
        found = [(p.lower(), r) for r in self.of_type(AttributionPhrasesRule) for p in r.phrases]
        return sorted(found, key=lambda item: -len(item[0]))

    @cached_property
    def lexicon(self) -> SpeakerLexiconRule | None:
        """The speaker lexicon (the first one; packs extend it by adding entries to a copy)."""
        found = self.of_type(SpeakerLexiconRule)
        return found[0] if found else None

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations from every abbreviations rule."""
        return frozenset().union(*(r.words for r in self.of_type(AbbreviationsRule)))

    @cached_property
    def boilerplate(self) -> frozenset[str]:
        """Boilerplate paragraphs from every boilerplate rule, as compared (lower-case, no closing punctuation)."""
        return frozenset().union(*(r.lines for r in self.of_type(BoilerplateRule)))

    @cached_property
    def furniture(self) -> tuple[BoilerplateRule, ...]:
        """Boilerplate rules with patterns or multi-paragraph blocks (their exact lines are in `boilerplate`)."""
        return tuple(r for r in self.of_type(BoilerplateRule) if r.patterns or r.blocks)

    @cached_property
    def scare_quotes(self) -> list[ScareQuoteRule]:
        """Scare-quote rules."""
        return self.of_type(ScareQuoteRule)

    @cached_property
    def letters(self) -> list[LetterRule]:
        """Reader's-letter rules: salutations and sign-offs that bound a letter printed in full."""
        return self.of_type(LetterRule)

    @cached_property
    def reply(self) -> ReplyRule | None:
        """The right-of-reply rule, if enabled; a later pack's rule replaces the default pack's."""
        found = self.of_type(ReplyRule)
        return found[-1] if found else None

    @cached_property
    def claims(self) -> list[ClaimRule]:
        """Unattributed-claim rules."""
        return self.of_type(ClaimRule)

    def patterns(self, category: str) -> list[PatternRule]:
        """Pattern rules of one finding category (relay, missing-comment, ...)."""
        return [r for r in self.of_type(PatternRule) if r.meta.category == category]

    @cached_property
    def outlets(self) -> dict[str, KnownOutlet]:
        """Registry outlets by lower-case name, alias and domain."""
        table: dict[str, KnownOutlet] = {}
        for rule in self.of_type(RegistryRule):
            for outlet in rule.outlets:
                label = rule.typologies.get(outlet.typology or "", outlet.typology or "listed outlet")
                known = KnownOutlet(
                    outlet, Affiliation(outlet.name, outlet.country, outlet.typology, label, rule.meta.id)
                )
                for key in (outlet.name, *outlet.aliases, *outlet.domains):
                    table.setdefault(key.lower(), known)
        return table

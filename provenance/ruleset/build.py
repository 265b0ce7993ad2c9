"""Turn validated ruleset data into typed rules: one builder per rule type, in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import regex

from provenance.model import Severity
from provenance.ruleset.lazy_regex import LazyRegex
from provenance.ruleset.phrase import PatternError, Vocabulary, leading_slot_gate, phrase_to_regex, regex_with_slots
from provenance.ruleset.rules import (
    AbbreviationsRule,
    AccusationCue,
    AttributionPhrasesRule,
    AttributionVerbsRule,
    BoilerplateRule,
    ClaimRule,
    Examples,
    FurnitureBlock,
    HeadlineDashRule,
    LetterRule,
    Outlet,
    PatternRule,
    RegistryRule,
    ReplyRule,
    Rule,
    RuleMeta,
    ScareQuoteRule,
    SpeakerLexiconRule,
    TermEntry,
    TermsRule,
    VerbCue,
)
from provenance.text.inflection import adjective_forms, idiom_forms, noun_forms, phrase_variants, verb_forms
from provenance.text.keys import boilerplate_key

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
    if inflect == "adjective":
        return adjective_forms(text)
    return (text,)


def _term_forms(term: str, inflect: str, explicit: list[str] | None) -> tuple[str, ...]:
    # A term may be a pattern ("drag his|her|their feet", "shame on you|them"): every phrase it spells is
    # inflected on its own; in a phrase with a verb the verb comes first (lash out, turn a blind eye).
    forms: list[str] = []
    for pattern in (term, *(explicit or ())):
        for phrase in phrase_variants(pattern):
            if explicit:
                forms.append(phrase)
            elif inflect == "verb":
                forms.extend(idiom_forms(phrase))
            else:
                forms.extend(_forms(phrase, inflect, None))
    return tuple(dict.fromkeys(forms))


# Keys a terms rule may set once for all its entries; an entry's own value wins.
_ENTRY_DEFAULTS = ("inflect", "neutral", "reason", "not_before", "not_after", "only_before", "only_after",
                   "not_near", "only_near", "window", "voices", "not_ahead", "compound")


def _terms(meta: RuleMeta, data: Data) -> TermsRule:
    defaults = {key: data[key] for key in _ENTRY_DEFAULTS if key in data}
    entries = []
    for i, raw in enumerate(data["terms"]):
        item: Data = {**defaults, **({"term": raw} if isinstance(raw, str) else raw)}
        severity = item.get("severity")
        try:
            forms = _term_forms(item["term"], str(item.get("inflect", "none")), item.get("forms"))
        except ValueError as exc:
            raise RuleDataError(("terms", i), str(exc)) from None
        entries.append(
            TermEntry(
                term=item["term"],
                forms=forms,
                neutral=item.get("neutral"),
                reason=item.get("reason"),
                label=item.get("label"),
                severity=Severity(severity) if severity else None,
                case_sensitive=bool(item.get("case_sensitive", False)),
                not_before=_words(item.get("not_before")),
                not_after=_words(item.get("not_after")),
                only_before=_words(item.get("only_before")),
                only_after=_words(item.get("only_after")),
                not_near=_words(item.get("not_near")),
                only_near=_words(item.get("only_near")),
                window=int(item.get("window", 4)),
                voices=frozenset(item.get("voices", ())),
                not_ahead=_words(item.get("not_ahead")),
                compound=bool(item.get("compound", False)),
            )
        )
    return TermsRule(meta, tuple(entries))


def _pattern(meta: RuleMeta, data: Data, vocabulary: Vocabulary | None = None, compile_now: bool = True) -> PatternRule:
    # The `regex` engine, not `re`: it survives many catastrophic patterns and takes a timeout (patterns.py).
    flags = 0 if data.get("case_sensitive") else regex.IGNORECASE
    compiled = []
    gates: list[LazyRegex | None] = []
    for key, convert in (("patterns", phrase_to_regex), ("regex", regex_with_slots)):
        for i, source in enumerate(data.get(key, ())):
            try:
                compiled.append(LazyRegex(convert(source, vocabulary), flags, compile_now))
                gate = leading_slot_gate(source, key == "regex", vocabulary)
                gates.append(LazyRegex(gate, flags, compile_now) if gate else None)
            except (PatternError, regex.error) as exc:
                raise RuleDataError((key, i), f"cannot compile {source!r}: {exc}") from None
    sources = (*data.get("patterns", ()), *data.get("regex", ()))
    line, known = bool(data.get("line")), bool(data.get("known_outlet"))
    relatives, channels = _words(data.get("party_relatives")), _words(data.get("party_channels"))
    scope = str(data.get("relay_scope", "article"))
    return PatternRule(meta, tuple(compiled), line, known, scope, sources, tuple(gates), relatives, channels)


def _verbs(meta: RuleMeta, data: Data) -> AttributionVerbsRule:
    default_kind = data.get("kind", "speech")
    verbs = []
    for raw in data["verbs"]:
        item: Data = {"lemma": raw} if isinstance(raw, str) else raw
        # "not_forms": forms that train shows are mostly another word ("Western states", "the turning point").
        dropped = _words(item.get("not_forms"))
        forms = tuple(f for f in _forms(item["lemma"], "verb", item.get("forms")) if f.lower() not in dropped)
        # "noun: true": the lemma and its -s form are also nouns ("plan", "plans"); the -ed/-ing forms are not.
        nouns = [f.lower() for f in forms if f == item["lemma"] or f.endswith("s")] if item.get("noun") else []
        kind = str(item.get("kind", default_kind))
        unsourced = bool(item.get("unsourced", False))
        # A verb group's default, which one verb may override ("criticized the plan" reports a judgement as is).
        complement = str(item.get("without_complement", data.get("without_complement", "cue")))
        not_before = _words(item.get("not_before"))
        intention = bool(item.get("intention", data.get("intention", False)))
        verbs.append(
            VerbCue(item["lemma"], forms, kind, frozenset(nouns), unsourced, not_before, complement, intention)
        )
    return AttributionVerbsRule(meta, tuple(verbs))


def _phrases(meta: RuleMeta, data: Data) -> AttributionPhrasesRule:
    return AttributionPhrasesRule(
        meta, tuple(data["phrases"]), _words(data.get("source_heads")), _words(data.get("outlet_worded"))
    )


def _dash(meta: RuleMeta, data: Data) -> HeadlineDashRule:
    return HeadlineDashRule(
        meta,
        tuple(data["dashes"]),
        int(data.get("max_source_words", 4)),
        bool(data.get("source_first", False)),
        str(data.get("scope", "headline")),
        bool(data.get("upper_case", False)),
        bool(data.get("after_quote", False)),
        _words(data.get("not_sources")),
        LazyRegex(str(data["trailer"]), 0) if data.get("trailer") else None,
    )


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
        coordinators=_words(data.get("coordinators")),
        passive=_words(data.get("passive")),
        time_words=_words(data.get("time_words")),
        name_suffixes=_words(data.get("name_suffixes")),
        post_nominals=_words(data.get("post_nominals")),
        articles=_words(data.get("articles")),
        titles=_words(data.get("titles")),
        role_links=_words(data.get("role_links")),
        document_makers=_words(data.get("document_makers")),
        object_pronouns=_words(data.get("object_pronouns")),
        access_participles=_words(data.get("access_participles")),
        source_ties=_words(data.get("source_ties")),
        document_nouns=_words(data.get("document_nouns")),
        participle_leads=_words(data.get("participle_leads")),
        headline_passive_leads=_words(data.get("headline_passive_leads")),
        time_leads=_words(data.get("time_leads")),
        outlet_heads=_words(data.get("outlet_heads")),
        counts=_words(data.get("counts")),
        group_nouns=_words(data.get("group_nouns")),
        not_names=_words(data.get("not_names")),
        agent_suffixes=tuple(str(s).lower() for s in data.get("agent_suffixes", ())),
        imperative_openers=_words(data.get("imperative_openers")),
        personal_relatives=_words(data.get("personal_relatives")),
        thing_relatives=_words(data.get("thing_relatives")),
        based_suffixes=tuple(sorted(_words(data.get("based_suffixes")))),
        organisation_parts=_words(data.get("organisation_parts")),
        publishing_verbs=_words(data.get("publishing_verbs")),
        business_nouns=_words(data.get("business_nouns")),
        public_bodies=_words(data.get("public_bodies")),
        name_links=_words(data.get("name_links")),
        mouthpieces=_words(data.get("mouthpieces")),
        mouthpiece_links=_words(data.get("mouthpiece_links")),
        thing_pronouns=_words(data.get("thing_pronouns")),
        thing_possessives=_words(data.get("thing_possessives")),
        narrator=_words(data.get("narrator")),
        definite=_words(data.get("definite")),
        possessive_determiners=_words(data.get("possessive_determiners")),
        relay_breaks=_words(data.get("relay_breaks")),
        bare_relay_breaks=_words(data.get("bare_relay_breaks")),
        genders={str(k).lower(): str(v) for k, v in (data.get("genders") or {}).items()},
        role_abbreviations={str(k).lower(): str(v).lower() for k, v in (data.get("role_abbreviations") or {}).items()},
        clause_joins=_words(data.get("clause_joins")),
        subordinators=_words(data.get("subordinators")),
        complementizers=_words(data.get("complementizers")),
        predicatives=_words(data.get("predicatives")),
        infinitives=_words(data.get("infinitives")),
        participles=_words(data.get("participles")),
        predicate_articles=_words(data.get("predicate_articles")),
        finite_auxiliaries=_words(data.get("finite_auxiliaries")),
        question_auxiliaries=_words(data.get("question_auxiliaries")),
        addressees=_words(data.get("addressees")),
        modals=_words(data.get("modals")),
        hypothetical=_words(data.get("hypothetical")),
        parentheticals=_words(data.get("parentheticals")),
        addressee_verbs=_words(data.get("addressee_verbs")),
        indefinite=_words(data.get("indefinite")),
        universals=_words(data.get("universals")),
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


def _furniture_regex(source: str, where: tuple[str | int, ...]) -> LazyRegex:
    try:
        return LazyRegex(source, regex.IGNORECASE)
    except regex.error as exc:
        raise RuleDataError(where, f"cannot compile {source!r}: {exc}") from None


def _boilerplate(meta: RuleMeta, data: Data) -> BoilerplateRule:
    patterns = tuple(_furniture_regex(p, ("patterns", i)) for i, p in enumerate(data.get("patterns", ())))
    blocks = tuple(
        FurnitureBlock(
            _furniture_regex(b["start"], ("blocks", i)),
            _furniture_regex(b["until"], ("blocks", i)),
            int(b["within"]),
            _furniture_regex(b["then"], ("blocks", i)) if "then" in b else None,
        )
        for i, b in enumerate(data.get("blocks", ()))
    )
    return BoilerplateRule(meta, frozenset(boilerplate_key(line) for line in data.get("lines", ())), patterns, blocks)


def _scare_quote(meta: RuleMeta, data: Data) -> ScareQuoteRule:
    return ScareQuoteRule(
        meta,
        int(data.get("max_words", 3)),
        _words(data.get("mention_cues")),
        _words(data.get("name_nouns")),
        _words(data.get("speech_kinds")),
        _words(data.get("title_cues")),
        _words(data.get("phrase_openers")),
    )


def _letter(meta: RuleMeta, data: Data) -> LetterRule:
    # "Sir," and "Yours faithfully," compare without their comma.
    openings, closings = (
        frozenset(boilerplate_key(line).rstrip(",").strip() for line in data[key]) for key in ("openings", "closings")
    )
    return LetterRule(meta, openings, closings)


def _reply(meta: RuleMeta, data: Data) -> ReplyRule:
    cues = []
    examples: list[str] = []
    for raw in data["accusations"]:
        item: Data = {"cue": raw} if isinstance(raw, str) else raw
        # An entry names one cue ("cue", with its forms) or a group sharing a shape and category ("cues").
        for cue in item.get("cues") or [item["cue"]]:
            forms = _forms(cue, str(item.get("inflect", "none")), item.get("forms") if "cue" in item else None)
            cues.append(
                AccusationCue(
                    cue,
                    tuple(f.lower() for f in forms),
                    str(item.get("party", "after")),
                    _words(item.get("not_before")),
                    str(item.get("category", "")),
                )
            )
        examples.extend(item.get("examples", ()))
    # Each entry's examples must fire too: `provenance rules test` runs them with the rule's own.
    meta = replace(meta, examples=Examples((*meta.examples.match, *examples), meta.examples.no_match))
    return ReplyRule(
        meta,
        tuple(cues),
        _words(data.get("agent_words", ["by"])),
        {k.lower(): v.lower() for k, v in data.get("metonyms", {}).items()},
        _words(data.get("ignore")),
        frozenset(w.replace("’", "'") for w in _words(data.get("negations"))),
        _words(data.get("passive")),
        _words(data.get("copulas")),
        _words(data.get("party_nouns")),
        leads=_words(data.get("leads")),
        naming_verbs=_words(data.get("naming_verbs")),
        exemplifiers=_words(data.get("exemplifiers")),
        reasons=_words(data.get("reasons")),
        noun_agents=_words(data.get("noun_agents")),
        indefinites=_words(data.get("indefinites")),
        person_pronouns=_words(data.get("person_pronouns")),
        silent_kinds=_words(data.get("silent_kinds")),
        fillers=_words(data.get("fillers")),
        representatives=_words(data.get("representatives")),
        anaphoric=_words(data.get("anaphoric")),
        unasserted=_words(data.get("unasserted")),
        answer_phrases=tuple(str(f).lower() for f in data.get("answer_phrases", ())),
        answer_verbs=tuple(str(f).lower() for f in data.get("answer_verbs", ())),
        answer_objects=_words(data.get("answer_objects")),
        locatives=_words(data.get("locatives")),
        actors=_words(data.get("actors")),
        name_particles=_words(data.get("name_particles")),
        armed=_words(data.get("armed")),
        not_members=_words(data.get("not_members")),
        members={k.lower(): _words(v) for k, v in data.get("members", {}).items()},
        subordinators=_words(data.get("subordinators")),
    )


def _claims(meta: RuleMeta, data: Data) -> ClaimRule:
    categories = frozenset(data.get("trigger_categories", ["loaded-term"]))
    return ClaimRule(meta, tuple(data.get("claim_words", ())), categories, str(data.get("scope", "paragraph")))


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
    "boilerplate": _boilerplate,
    "scare-quote": _scare_quote,
    "letter": _letter,
    "right-of-reply": _reply,
    "unattributed-claim": _claims,
}


def build_rule(meta: RuleMeta, data: Data, vocabulary: Vocabulary | None = None, compile_now: bool = True) -> Rule:
    """The typed rule for one validated YAML rule mapping; `vocabulary` fills typed slots like {verb:speech}.

    `compile_now=False` defers compiling regular expressions to their first use: only for rules already built
    once from the same file (the loader's cache), so a broken pattern is still reported before anything runs.
    """
    builder = BUILDERS[meta.type]
    # Only pattern rules have slots; the other builders keep the plain (meta, data) signature.
    return _pattern(meta, data, vocabulary, compile_now) if builder is _pattern else builder(meta, data)


def examples_of(data: Data) -> Examples:
    """The examples block of a rule mapping."""
    block = data.get("examples", {})
    return Examples(tuple(block.get("match", ())), tuple(block.get("no_match", ())))

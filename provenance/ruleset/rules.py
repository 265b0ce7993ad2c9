"""Rule types: the typed, immutable form of what a ruleset's YAML says."""

from __future__ import annotations

from dataclasses import dataclass, field

from provenance.model import Severity
from provenance.ruleset.lazy_regex import LazyRegex


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
    explanation: str | None = None  # what a finding means, why it matters, what to do (`provenance explain`)
    references: tuple[str, ...] = ()  # links or citations, `reference` first
    severity_by_voice: tuple[tuple[str, Severity], ...] = ()  # (voice, severity): the outlet's words block

    def severity_in(self, voice: str) -> Severity:
        """The rule's severity for a finding in `voice` (narrator, headline, paraphrase, quoted)."""
        return next((level for name, level in self.severity_by_voice if name == voice), self.severity)


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
    only_before: frozenset[str] = frozenset()  # the next word must be one of these
    only_after: frozenset[str] = frozenset()  # the previous word must be one of these
    not_near: frozenset[str] = frozenset()  # none of these within `window` words either side
    only_near: frozenset[str] = frozenset()  # one of these within `window` words either side
    window: int = 4
    voices: frozenset[str] = frozenset()  # report only in these voices (narrator, quoted, ...); empty: all
    not_ahead: frozenset[str] = frozenset()  # none of these within `window` words after: "admitted X into the country"
    compound: bool = False  # the tail of a hyphenated compound ("Trump-hating"): the hit spans the whole compound


@dataclass(frozen=True, slots=True)
class TermsRule:
    """A list of words and phrases, matched all at once."""

    meta: RuleMeta
    entries: tuple[TermEntry, ...]


@dataclass(frozen=True, slots=True)
class PatternRule:
    """Phrase patterns or regular expressions, with named slots such as {party} or {outlet}."""

    meta: RuleMeta
    patterns: tuple[LazyRegex, ...]
    line: bool = False
    known_outlet: bool = False
    relay_scope: str = "article"  # a relay found by this rule carries the whole story, or only its sentence's claim
    sources: tuple[str, ...] = ()  # the patterns as written in YAML, for `rules show`
    # One per pattern, or none: a cheap regex that every match of that pattern contains (see phrase.leading_slot_gate).
    gates: tuple[LazyRegex | None, ...] = ()
    party_relatives: frozenset[str] = frozenset()  # "Lewandowski, who did not respond": words ending the {party}
    party_channels: frozenset[str] = frozenset()  # "Schilling, through a spokeswoman,": an aside after the {party}


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A reporting verb and how its content follows it."""

    lemma: str
    forms: tuple[str, ...]
    kind: str  # speech, belief, stance, document, charged
    noun_forms: frozenset[str] = frozenset()  # forms that are also nouns ("plan", "claims")
    unsourced: bool = False  # "is expected to", "Asked whether …": in the passive, a cue with no source named
    not_before: frozenset[str] = frozenset()  # "appeared on a show", "found himself": a next word showing another sense
    # What the verb is without reported content after it: "cue" (still one: "he said so"), "position" (a position
    # whose holder says nothing: "Americans supporting Trump") or "none" (no cue: "he reads the paper").
    without_complement: str = "cue"
    # "wanted to shield", "refused to do", "agreed to share": a to-infinitive straight after the verb is the subject's
    # own intended act, a position whose holder says nothing ("called on Trump to stop" has an object first).
    intention: bool = False


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
    source_heads: frozenset[str] = frozenset()  # "in a CNN poll": the source's head noun must be one of these
    outlet_worded: frozenset[str] = frozenset()  # "according to X": the claim is in the outlet's words, not X's


@dataclass(frozen=True, slots=True)
class HeadlineDashRule:
    """A headline ending "... – Russia" attributes the headline to the name after the dash."""

    meta: RuleMeta
    dashes: tuple[str, ...]
    max_source_words: int = 4
    source_first: bool = False  # "Pence: Flowers won't be at debate": the source comes before the separator
    scope: str = "headline"  # headline, or paragraph: every paragraph ("PENCE: …" transcripts, "” ― Name")
    upper_case: bool = False  # the source must be in capitals (a transcript's speaker label)
    after_quote: bool = False  # the text before the separator must end with a quotation
    not_sources: frozenset[str] = frozenset()  # "The Latest: …", "Breaking: …": labels, lower-case, not sources
    trailer: LazyRegex | None = None  # what may follow the name to the block's end: "(@handle) June 29, 2016"


@dataclass(frozen=True, slots=True)
class SpeakerLexiconRule:
    """Words that tell what a source phrase names: roles, institutions, pronouns, anonymity."""

    meta: RuleMeta
    roles: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)
    anaphors: dict[str, str] = field(default_factory=dict)
    anonymous: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()  # "Therefore", "Between", "Let’s": capitalised words that name no one
    agent_suffixes: tuple[str, ...] = ()  # "announcer", "specialist": endings of nouns that name people
    imperative_openers: frozenset[str] = frozenset()  # "Let’s say": words before a base-form verb with no subject
    role_abbreviations: dict[str, str] = field(default_factory=dict)  # "Sen." is the "senator" a later mention names
    genders: dict[str, str] = field(default_factory=dict)  # "she", "Mrs.", "spokeswoman": words that show gender
    narrator: frozenset[str] = frozenset()  # "I", "we": outside quotations the first person is the publisher
    definite: frozenset[str] = frozenset()  # "the statement", "this official": determiners of an anaphor
    possessive_determiners: frozenset[str] = frozenset()  # "its statement", "her spokesman"
    relay_breaks: frozenset[str] = frozenset()  # ", and", ", which": after a comma, end the clause a relay covers
    bare_relay_breaks: frozenset[str] = frozenset()  # " while ", " but ": alone, end the clause a relay covers
    personal_relatives: frozenset[str] = frozenset()  # "an architect who said": a relative that stands for people
    thing_relatives: frozenset[str] = frozenset()  # "Shell, which holds": a relative that stands only for things
    based_suffixes: tuple[str, ...] = ()  # "Auckland-based Sealord": describes the organisation named after it
    organisation_parts: frozenset[str] = frozenset()  # "Quorra's shareholders": parts only an organisation has
    publishing_verbs: frozenset[str] = frozenset()  # "the Times ran a story claiming": the Times speaks
    business_nouns: frozenset[str] = frozenset()  # "the company said": points back to a company named in capitals
    public_bodies: frozenset[str] = frozenset()  # "Authority", "Ministry": a name holding one is no company
    name_links: frozenset[str] = frozenset()  # "Friends of the Earth": joins a plural to the rest of a name
    mouthpieces: frozenset[str] = frozenset()  # "a spokesperson for the council": the role speaks for the body
    mouthpiece_links: frozenset[str] = frozenset()  # "spokesperson for", "spokesman at": joins the role to the body
    thing_pronouns: frozenset[str] = frozenset()  # "Boeing said it would cut": a pronoun that stands for a thing
    thing_possessives: frozenset[str] = frozenset()  # "its members voted": a thing's possessive determiner
    group_nouns: frozenset[str] = frozenset()  # "Democrats said", "voters say": plural nouns naming a group of people
    vague: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    postmodifiers: frozenset[str] = frozenset()
    clause_stops: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)
    state_media: frozenset[str] = frozenset()
    role_links: frozenset[str] = frozenset()  # "Brazil's ambassador to France": "to" belongs to the role
    document_makers: frozenset[str] = frozenset()  # "a report in the Daily Caller": the outlet speaks
    object_pronouns: frozenset[str] = frozenset()  # "told him he would": the addressee, not the content
    access_participles: frozenset[str] = frozenset()  # "emails seen by Reuters show": Reuters only saw them
    source_ties: frozenset[str] = frozenset()  # "familiar with": "a source familiar with the matter" is the source
    titles: frozenset[str] = frozenset()  # "Ms Hale": a title, not a given name, before the surname
    articles: frozenset[str] = frozenset()  # "the talks": after an article, a noun, whatever verb it could be
    name_suffixes: frozenset[str] = frozenset()  # "King Jr.": the one period a name keeps at a sentence's end
    post_nominals: frozenset[str] = frozenset()  # "Rupert Glass KC": letters after a name that are no surname
    time_words: frozenset[str] = frozenset()  # "said Friday": dates end a source phrase, they never name one
    participle_leads: frozenset[str] = frozenset()  # "by saying", "after arguing": words that lead a participle cue
    headline_passive_leads: frozenset[str] = frozenset()  # "Council accused of …": a headline passive's preposition
    time_leads: frozenset[str] = frozenset()  # "X last week said", "X on Tuesday said": words opening a time phrase
    passive: frozenset[str] = frozenset()  # "were attacked": forms of "be" that make a participle passive
    coordinators: frozenset[str] = frozenset()  # "and said": the verb shares the previous subject
    document_nouns: frozenset[str] = frozenset()  # "a new poll shows": subjects of document verbs
    outlet_heads: frozenset[str] = frozenset()  # "The New York Post": a name ending in one of these is an outlet
    complementizers: frozenset[str] = frozenset()  # "Photos showed that", "shows how": words that open a clause
    predicatives: frozenset[str] = frozenset()  # "sees the deal as a trap": words that open a reported predicate
    predicate_articles: frozenset[str] = frozenset()  # "called Trump a liar": an article after an object
    participles: frozenset[str] = frozenset()  # "is said to", "was told": irregular past participles
    infinitives: frozenset[str] = frozenset()  # "wants to win", "urged Trump to quit": an infinitive's marker
    finite_auxiliaries: frozenset[str] = frozenset()  # "believe it is true": a finite verb that makes a bare clause
    subordinators: frozenset[str] = frozenset()  # "While she says A, she applauds B": a fronted subordinate clause
    clause_joins: frozenset[str] = frozenset()  # ", but Prager thinks": a clause with its own subject
    counts: frozenset[str] = frozenset()  # "Twenty-four percent said", "Nearly half said": words that count people
    question_auxiliaries: frozenset[str] = frozenset()  # "Do you think …?": an auxiliary that inverts a question
    addressees: frozenset[str] = frozenset()  # "you": asked in a question, the addressee asserts nothing
    indefinite: frozenset[str] = frozenset()  # "a young woman said": an unnamed individual is an anonymous source
    addressee_verbs: frozenset[str] = frozenset()  # "…, told NBC that": the noun after the verb is its addressee
    parentheticals: frozenset[str] = frozenset()  # "Younger voters, in particular, have expressed": looked past
    hypothetical: frozenset[str] = frozenset()  # "as though someone had told me": a clause of things not said
    modals: frozenset[str] = frozenset()  # "will seek to engage": a verb after one narrates no stated position
    universals: frozenset[str] = frozenset()  # "anyone", "everyone", "all": a quantifier over people is no source


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


@dataclass(frozen=True, slots=True)
class FurnitureBlock:
    """A run of furniture paragraphs: a widget from its opening line through its closing one ("take our poll" ...)."""

    start: LazyRegex  # the paragraph that opens the block
    until: LazyRegex  # the paragraph that closes it
    within: int  # paragraphs after the opener in which the closer must come; otherwise only the opener is furniture
    then: LazyRegex | None = None  # paragraphs straight after the block that still belong to it (a poll question)


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """Whole paragraphs that are page furniture, not article text ("You might also like", "Advertisement")."""

    meta: RuleMeta
    lines: frozenset[str]  # lower-case, without trailing punctuation
    patterns: tuple[LazyRegex, ...] = ()  # whole paragraphs matching one are furniture ("Photo: Getty Images")
    blocks: tuple[FurnitureBlock, ...] = ()


@dataclass(frozen=True, slots=True)
class ScareQuoteRule:
    """A short quotation (1..max_words words) in the narrator's own voice that no one is said to have said."""

    meta: RuleMeta
    max_words: int = 3
    mention_cues: frozenset[str] = frozenset()  # words before a quote that make it a name or title: titled, dubbed
    name_nouns: frozenset[str] = frozenset()  # words right after a quote that name a thing: the "Fight for 15" movement
    speech_kinds: frozenset[str] = frozenset()  # verb kinds that, earlier in the sentence, make it a partial quote
    title_cues: frozenset[str] = frozenset()  # words before a title or a defined word: a loaded term there is mentioned
    phrase_openers: frozenset[str] = frozenset()  # first words of a quoted phrase, not a name: “until further notice”


@dataclass(frozen=True, slots=True)
class LetterRule:
    """A reader's letter printed in full, from its salutation ("Sir,") to its sign-off: the writer's words."""

    meta: RuleMeta
    openings: frozenset[str]  # whole paragraphs, as compared (lower-case, no closing punctuation)
    closings: frozenset[str]


@dataclass(frozen=True, slots=True)
class AccusationCue:
    """A word that accuses, and where the accused party stands relative to it."""

    cue: str
    forms: tuple[str, ...]
    party: str  # after: "accused X"; before: "X violated"; possessor: "X's aggression" (each also takes "by X")
    not_before: frozenset[str] = frozenset()  # "struck a deal", "struck down": words after the cue that undo it
    category: str = ""  # the wrong it charges: crime, attack, lie, corruption, abuse, misconduct, incompetence


@dataclass(frozen=True, slots=True)
class ReplyRule:
    """Accusations against named parties, and whether each party is heard or noted as not replying."""

    meta: RuleMeta
    cues: tuple[AccusationCue, ...]
    agent_words: frozenset[str] = frozenset({"by"})
    metonyms: dict[str, str] = field(default_factory=dict)  # capital or seat -> what it stands for
    ignore: frozenset[str] = frozenset()  # party words that never name a party on their own: they, it
    negations: frozenset[str] = frozenset()  # "has never criticized": words that deny the charge after them
    passive: frozenset[str] = frozenset()  # "were killed": forms of be/get that make a participle passive
    copulas: frozenset[str] = frozenset()  # "the mayor is corrupt": forms of be before a charge adjective
    party_nouns: frozenset[str] = frozenset()  # common nouns that head a party: regime, administration
    leads: frozenset[str] = frozenset()  # "seem intent on covering up", "chose to defy": verbs leading the charge
    naming_verbs: frozenset[str] = frozenset()  # "called Trump a liar": verbs whose object a label is said of
    exemplifiers: frozenset[str] = frozenset()  # "sympathizers like X", "front groups such as X": examples follow
    reasons: frozenset[str] = frozenset()  # "blasted the media for being dishonest": the object is charged
    noun_agents: frozenset[str] = frozenset()  # "the attack from Rome": words naming who did a wrongdoing noun
    indefinites: frozenset[str] = frozenset()  # "a shady developer", "some rogue staffer": no one in particular
    person_pronouns: frozenset[str] = frozenset()  # "his", "her": possessives whose name is a person's
    silent_kinds: frozenset[str] = frozenset()  # "Clinton wanted to shield": verb kinds that do not hear a party
    fillers: frozenset[str] = frozenset()  # "charged Thursday with": words that may stand inside a cue's form
    representatives: frozenset[str] = frozenset()  # "a lawyer for Kessler", "Pike's attorney": speak for a party
    anaphoric: frozenset[str] = frozenset()  # "the company", "the group": bodies a definite description points back to
    unasserted: frozenset[str] = frozenset()  # "whether X lied", "X may have lied": words that leave a deed open
    answer_phrases: tuple[str, ...] = ()  # "X pleaded not guilty": the subject gives its side
    answer_verbs: tuple[str, ...] = ()  # "X denied the allegations": with an answer object, the subject gives its side
    answer_objects: frozenset[str] = frozenset()  # allegations, charges, claims: what a reply answers
    subordinators: frozenset[str] = frozenset()  # "that", "because": words after which a clause and its subject begin
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # "ministers": words of a member's role
    not_members: frozenset[str] = frozenset()  # "shadow minister", "former minister": a role held by no member
    armed: frozenset[str] = frozenset()  # "a Russian missile strike", "Israeli troops": a state's arms and attacks
    name_particles: frozenset[str] = frozenset()  # "von der Leyen": lower-case words inside a person's name
    locatives: frozenset[str] = frozenset()  # "on Station Road", "in Harrisburg": a name after these is a place
    actors: frozenset[str] = frozenset()  # "the attackers", "the rebels": unnamed doers, a party only when resolved


@dataclass(frozen=True, slots=True)
class ClaimRule:
    """Narrator sentences with charged wording or claim words and no attribution in the sentence or paragraph."""

    meta: RuleMeta
    claim_words: tuple[str, ...] = ()
    trigger_categories: frozenset[str] = frozenset({"loaded-term"})
    scope: str = "paragraph"  # or "sentence": where an attribution clears the claim


Rule = (
    TermsRule
    | ClaimRule
    | ScareQuoteRule
    | LetterRule
    | BoilerplateRule
    | ReplyRule
    | PatternRule
    | AttributionVerbsRule
    | AttributionPhrasesRule
    | HeadlineDashRule
    | SpeakerLexiconRule
    | RegistryRule
    | AbbreviationsRule
)

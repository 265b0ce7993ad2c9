"""Read a source phrase ("Russian Foreign Ministry spokesman Maria Zakharova") into its parts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from provenance.model import Affiliation, SpeakerKind
from provenance.ruleset.rulebook import KnownOutlet
from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import Token

_STATE_MEDIA_LABEL = "state media"


@dataclass(frozen=True, slots=True)
class Mention:
    """What a source phrase says about its speaker, before resolution across the article."""

    kind: SpeakerKind
    name: str
    start: int
    end: int
    role: str | None = None
    organization: str | None = None
    affiliation: Affiliation | None = None
    anonymous: bool = False
    refers: str | None = None  # pronoun or anaphor type: person, group, document, institution
    head: str | None = None  # the anaphor's noun ("statement", "ministry")
    generic: bool = False  # a common-noun phrase the lexicon does not know ("the announcer")
    everybody: bool = False  # "anyone", "not everyone": a quantifier over people; the cue stays, no one speaks
    spoken_for: tuple[str, str] | None = None  # "a spokesman for the company": (role, phrase) of the one speaking


def _join(tokens: list[Token], text: str) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def _without_full_stop(tokens: list[Token], lexicon: SpeakerLexiconRule) -> list[Token]:
    """The phrase without the sentence's full stop that the tokenizer kept on a short last word ("Tom Ruiz.")."""
    last = tokens[-1]
    if not last.text.endswith(".") or len(last.text) < 3 or "." in last.text[:-1]:
        return tokens  # no period, an initial ("W."), or initials ("U.S.")
    if last.lower in lexicon.role_abbreviations or last.lower in lexicon.name_suffixes:
        return tokens  # "Sen.", "King Jr."
    return [*tokens[:-1], Token(last.text[:-1], last.start, last.end - 1)]


def _role_at(tokens: list[Token], i: int, roles: frozenset[str]) -> int:
    """Length (in tokens) of the role starting at i, or 0."""
    if not 0 <= i < len(tokens) or tokens[i].lower not in _first_words(roles):
        return 0  # asked at most positions of every source phrase, and few words can open a role
    for size in (3, 2, 1):
        words = " ".join(t.lower for t in tokens[i : i + size])
        # "the King's Fund", "the President's commission": a role in the possessive owns what follows, not a name.
        possessive = len(tokens) - i > size and tokens[i + size - 1].text != tokens[i + size - 1].bare
        if len(tokens) - i >= size and words in roles and not possessive:
            return size
    return 0


@lru_cache(maxsize=4)
def _first_words(roles: frozenset[str]) -> frozenset[str]:
    """The words the roles start with ("attorney" for "attorney general")."""
    return frozenset(role.partition(" ")[0] for role in roles)


def classify(
    tokens: list[Token], text: str, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]
) -> Mention | None:
    """A Mention for a source phrase, or None when the phrase cannot name a speaker."""
    if not tokens:
        return None
    tokens = _without_full_stop(tokens, lexicon)
    start, end = tokens[0].start, tokens[-1].end
    if " ".join(t.lower for t in tokens) in lexicon.universals:
        # "anyone say that", "Not everyone finds": a quantifier over everybody states something general; the cue
        # is an attribution (PolNeAR marks it), but no one in particular is its source.
        return Mention(SpeakerKind.GROUP, _join(tokens, text), start, end, everybody=True)
    determiner = tokens[0].lower if tokens[0].lower in lexicon.determiners else None
    body = tokens[1:] if determiner else tokens
    if body and (body[0].lower in lexicon.not_names or _sentence_adverb(body[0], text)):
        return None  # "Therefore, we hope", "Between Saturday and Monday", "I’m told": a closed-class word names no one
    if body and all(t.lower in lexicon.time_words or t.text.isdigit() for t in body):
        return None  # "Monday, the mayor said": a date is no one, and no name for the role beside it
    if not body:
        if determiner in lexicon.vague:  # "some note that", "many say": a quantifier alone is a vague source
            return Mention(SpeakerKind.GROUP, tokens[0].text, start, end, role="vague", anonymous=True)
        return None
    lowers = [t.lower for t in body]
    phrase = " ".join(lowers)
    name = _join(body, text)
    if len(body) == 1 and lowers[0] in lexicon.pronouns and determiner is None:
        return Mention(SpeakerKind.PERSON, name, start, end, refers=lexicon.pronouns[lowers[0]])
    known = outlets.get(phrase) or outlets.get(name.lower())
    if known is not None and (len(name) > 3 or name == known.outlet.name or name.isupper()):
        return Mention(SpeakerKind.OUTLET, known.outlet.name, start, end, affiliation=known.affiliation)
    state = next((s for s in lexicon.state_media if s in phrase), None)
    if state is not None:
        country = next((lexicon.demonyms[t.bare] for t in body if t.bare in lexicon.demonyms), None)
        country = country or next((t.bare for t in body if t.bare in lexicon.places), None)
        label = f"{_STATE_MEDIA_LABEL} ({country})" if country else _STATE_MEDIA_LABEL
        return Mention(
            SpeakerKind.OUTLET, name, start, end, affiliation=Affiliation(name, country, None, label, lexicon.meta.id)
        )
    spoken_for = _mouthpiece(body, text, lexicon, outlets, (start, end))
    return spoken_for or _person_or_group(body, text, determiner, lexicon, outlets, (start, end))


def _mouthpiece(
    body: list[Token], text: str, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet], span: tuple[int, int]
) -> Mention | None:
    """For "a spokesperson for the council", "a Justice Department spokeswoman": an unnamed spokesperson speaks on
    the record for the body named, so the body is the speaker (with the role), not an anonymous source."""
    lowers = [t.lower for t in body]
    k = next((i for i, w in enumerate(lowers) if w in lexicon.mouthpieces), -1)
    if k < 0:
        return None
    if k > 0 and (k == len(body) - 1 or lowers[k + 1] in lexicon.postmodifiers):
        owner = body[:k]  # "Justice Department spokeswoman", "agency spokesman", "Commission spokesman in Brussels"
    elif k == 0 and len(body) > 2 and lowers[1] in lexicon.mouthpiece_links:
        owner = body[2:]  # "spokesperson for the council"
    else:
        return None
    maker = classify(owner, text, lexicon, outlets)
    if maker is None or maker.kind not in (SpeakerKind.INSTITUTION, SpeakerKind.OUTLET) or maker.generic:
        return None
    if maker.refers is not None and maker.refers != "institution":
        return None
    # "the department" keeps pointing back: the resolver finds the department the article named. The role stays, so
    # a later "the spokeswoman said" is the same voice.
    return replace(maker, start=span[0], end=span[1], role=lowers[k], spoken_for=(lowers[k], _join(body, text)))


def _person_or_group(
    body: list[Token],
    text: str,
    determiner: str | None,
    lexicon: SpeakerLexiconRule,
    outlets: dict[str, KnownOutlet],
    span: tuple[int, int],
) -> Mention | None:
    start, end = span
    name = _join(body, text)
    lowers = [t.lower for t in body]
    # "officials in Damascus", "a source familiar with the matter": the head comes before the modifier, unless the
    # word is inside a role ("Secretary of State Mike Pompeo").
    cut = next(
        (
            i
            for i, w in enumerate(lowers)
            if i
            and (w in lexicon.postmodifiers or (w in lexicon.role_links and lowers[i - 1] in lexicon.roles))
            and not any(k + _role_at(body, k, lexicon.roles) > i for k in (i - 1, i - 2) if k >= 0)
        ),
        len(lowers),
    )
    # "Detective Inspector Paul Greaves of the Metropolitan Police", "Sen. Chris Murphy of Connecticut": a role
    # and a name before the modifier, which says where the person works.
    where = _join(body[cut + 1 :], text) if cut < len(body) and body[-1].capitalized else None
    for last in range(cut - 1, -1, -1):
        # The longest role ending at this word: "Press secretary Karoline Leavitt", "Majority Leader John Thune".
        starts = (k for k in (last - 2, last - 1, last) if k >= 0)
        i = next((k for k in starts if k + _role_at(body[:cut], k, lexicon.roles) == last + 1), -1)
        if i < 0:
            continue
        size = last + 1 - i
        after = body[i + size : cut]
        person = [t for t in after if t.capitalized]
        role = _join(body[i : i + size], text)
        org = _join(body[:i], text) or None
        org = lexicon.demonyms.get(org, org) if org else where  # "German Chancellor Olaf Scholz": of Germany
        if person and len(person) == len(after) and not all(t.lower in lexicon.name_suffixes for t in person):
            return Mention(SpeakerKind.PERSON, _join(person, text), start, end, role=role, organization=org)
        if not after:
            break
    head = lowers[cut - 1]
    # "White House officials": words of a multi-word institution are no name of the speaker's own.
    paired = {k + d for k in range(cut - 1) if f"{lowers[k]} {lowers[k + 1]}" in lexicon.institutions for d in (0, 1)}
    names = [
        t
        for k, t in enumerate(body[:cut])
        if k not in paired
        and t.capitalized
        and t.bare not in lexicon.demonyms
        and t.bare not in lexicon.places
        and t.lower not in lexicon.institutions
        and t.lower not in lexicon.roles  # "Senator from Texas says": a capitalised role is no name
    ]
    if (head in lexicon.anonymous or head in lexicon.roles) and not names:
        if determiner in lexicon.definite and head in lexicon.anaphors and len(body) == 1:
            return Mention(
                SpeakerKind.PERSON, name, start, end, refers=lexicon.anaphors[head], head=head, anonymous=True
            )
        kind = SpeakerKind.GROUP if _plural(head, lexicon) else SpeakerKind.ANONYMOUS  # "officials", "aides"
        return Mention(kind, name, start, end, role=head, anonymous=True)
    if " ".join(lowers) in lexicon.vague or head in lexicon.vague:
        return Mention(SpeakerKind.GROUP, name, start, end, role="vague", anonymous=True)
    if (
        (determiner in lexicon.definite or determiner in lexicon.possessive_determiners)
        and len(body) == 1
        and (head in lexicon.anaphors or head in lexicon.business_nouns)
    ):
        # "the ministry", "the carmaker": a description pointing back to a body the article named
        refers = lexicon.anaphors.get(head, "institution")
        return Mention(SpeakerKind.INSTITUTION, name, start, end, refers=refers, head=head)
    if _listed(head, lexicon.document_nouns) and cut == len(body):
        # "The latest Reuters/Ipsos poll showed", "exit polling shows": a document speaks through its findings.
        return Mention(SpeakerKind.DOCUMENT, name, start, end)
    if _listed(head, lexicon.document_nouns) and lowers[cut] in lexicon.document_makers and cut + 1 < len(body):
        # "a report in the Daily Caller", "a study by Amnesty International": who published it speaks through it.
        maker = classify(body[cut + 1 :], text, lexicon, outlets)
        if maker is not None and not maker.generic and maker.refers is None:
            return replace(maker, start=start, end=end)
    if head in lexicon.group_nouns:
        return Mention(SpeakerKind.GROUP, name, start, end)  # "Democrats", "Central European leaders", "voters"
    if (named_body := _described_body(body[:cut] if cut == len(body) else [], text, lexicon)) is not None:
        return Mention(SpeakerKind.INSTITUTION, named_body, start, end)  # "fishing company Sealord" is Sealord
    if (described := _described_person(body[:cut] if cut == len(body) else [], text, lexicon)) is not None:
        return Mention(SpeakerKind.PERSON, *described[:1], start, end, role=described[1])  # "country singer X"
    # By the head, before any postmodifier: "Alex Bastian of the San Francisco prosecutor’s office" is a person.
    if any(
        t.lower in lexicon.institutions or " ".join(lowers[i : i + 2]) in lexicon.institutions
        for i, t in enumerate(body[:cut])
    ):
        return Mention(SpeakerKind.INSTITUTION, name, start, end)
    if all(t.capitalized for t in body):
        if name in lexicon.places:
            return Mention(SpeakerKind.PLACE, name, start, end)
        if lowers[-1] in lexicon.outlet_heads:
            return Mention(SpeakerKind.OUTLET, name, start, end)
        if acronym(body[0].bare) and body[0].lower not in lexicon.titles:
            return Mention(SpeakerKind.INSTITUTION, name, start, end)  # "BEUC", "NHS England": initials name a body
        if len(body) > 1 and any(t.bare in lexicon.demonyms for t in body):
            return Mention(SpeakerKind.INSTITUTION, name, start, end)  # "Canadian Red Cross": no person's name
        if determiner in lexicon.definite and len(body) == 1 and _plural(lowers[0], lexicon) and body[0].text.isalpha():
            return Mention(SpeakerKind.GROUP, name, start, end)  # "the Hammonds", "the Clintons": a family
        return Mention(SpeakerKind.PERSON, name, start, end)
    if _plural_name_of(body, cut, lexicon):
        return Mention(SpeakerKind.INSTITUTION, name, start, end)  # "Friends of the Earth", "Veterans of Foreign Wars"
    if cut < len(body) and all(t.capitalized for t in body[:cut]):
        # "Cameron Easley for Morning Consult": a name, then where the person works.
        org = _join(body[cut + 1 :], text) if all(t.capitalized for t in body[cut + 1 :]) else None
        return Mention(SpeakerKind.PERSON, _join(body[:cut], text), start, end, organization=org or None)
    plural = body[-1].text.endswith("s") and len(body) <= 3
    possessive = len(body) > 1 and body[0].text != body[0].bare  # "Scott's family", "Trump's campaign"
    noun = body[cut - 1]  # the head: "attorneys" in "attorneys for the family"
    # An adverb as the last word ("the most recently") is not a speaker noun, nor is an adjective ("the
    # fast-evolving"); "those surveyed", "the front-runner" and a word in -ly after a name ("a Clinton ally") are.
    named = cut >= 2 and body[cut - 2].capitalized
    compound = "-" in noun.text and not noun.text.endswith(("ing", "ed"))
    common = (noun.text.isalpha() or compound) and noun.text.islower() and cut <= 6
    common = common and (not noun.text.endswith("ly") or named)
    plural = plural or (noun.text.endswith("s") and cut <= 3)
    # "14 percent said", "60% of voters say", "Twenty-four percent said", "Nearly half said"
    counted = body[0].text[:1].isdigit() or any(t.lower.split("-")[0] in lexicon.counts for t in body[:2])
    # "a box labeled", "the euro crisis", "a health warning": the head of a common-noun speaker names people.
    common = common and (counted or speaker_noun(noun.lower, lexicon))
    if common and (determiner is not None or plural or possessive or counted):
        # "the announcer", "several cast members": a common noun the lexicon does not know still names a
        # speaker when it is the subject of a reporting verb; callers decide whether that context holds.
        kind = SpeakerKind.GROUP if _plural(noun.lower, lexicon) else SpeakerKind.PERSON
        if kind is SpeakerKind.PERSON and determiner in lexicon.indefinite:
            kind = SpeakerKind.ANONYMOUS  # "a young woman said", "a doctor had typed": an unnamed individual
        return Mention(kind, name, start, end, anonymous=kind is SpeakerKind.ANONYMOUS, generic=True)
    return None


def _described_body(body: list[Token], text: str, lexicon: SpeakerLexiconRule) -> str | None:
    """For "fishing company Sealord", "the Italian charity SOS Vela", "Auckland-based Sealord": the capitalised name
    right after an institution noun (or an "-based" word) that describes it, else None."""
    head = max(
        (k for k, t in enumerate(body) if t.lower in lexicon.institutions or t.lower.endswith(lexicon.based_suffixes)),
        default=-1,
    )
    tail = body[head + 1 :]
    return _join(tail, text) if head >= 0 and tail and all(t.capitalized for t in tail) else None


def _described_person(body: list[Token], text: str, lexicon: SpeakerLexiconRule) -> tuple[str, str] | None:
    """For "country singer Dolly Parton": the capitalised name after a lower-case person noun that describes it, and
    the description as its role, else None (an institution noun there makes a body: `_described_body`)."""
    k = next((i for i in range(len(body) - 1, -1, -1) if not body[i].capitalized), -1)
    if k < 0 or k == len(body) - 1 or body[k].lower in lexicon.institutions or not speaker_noun(body[k].lower, lexicon):
        return None
    return _join(body[k + 1 :], text), _join(body[: k + 1], text)


def _plural_name_of(body: list[Token], cut: int, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the phrase is one capitalised plural, "of", and a capitalised name: an organisation's name ("Friends
    of the Earth"), where a person would give a full name before the "of" ("Chris Murphy of Connecticut")."""
    if cut != 1 or len(body) < 3 or body[1].lower not in lexicon.name_links:
        return False
    rest = [t for t in body[2:] if t.lower not in lexicon.articles]
    word = body[0].text
    return word.isalpha() and word.endswith("s") and word[0].isupper() and bool(rest) and all(
        t.capitalized for t in rest
    )


def acronym(name: str) -> str | None:
    """The letters of an organisation's initials ("FBI", "U.N." -> "UN"), or None for any other name."""
    letters = name.replace(".", "")
    return letters if len(letters) >= 2 and letters.isalpha() and letters.isupper() and " " not in name else None


def _plural(noun: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a head noun names more than one ("officials", "voters"), so its speaker is a group."""
    return noun in lexicon.group_nouns or (noun.endswith("s") and not noun.endswith(("ss", "us", "is")))


def listed_speaker_noun(noun: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the lexicon lists a common noun (or its singular) as a role, group, institution or document."""
    listed = (
        lexicon.roles,
        lexicon.anonymous,
        lexicon.vague,
        lexicon.group_nouns,
        lexicon.institutions,
        lexicon.document_nouns,
    )
    return any(_listed(noun, words) for words in listed)


def speaker_noun(noun: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a common noun can name a speaker: a listed role, group, institution or document, or a noun of agent."""
    if listed_speaker_noun(noun, lexicon):
        return True
    return any(noun.endswith(suffix) and len(noun) > len(suffix) + 2 for suffix in lexicon.agent_suffixes)


def _sentence_adverb(token: Token, text: str) -> bool:
    """For "Distressingly, US Ambassador Nikki Haley told …": a capitalised -ly word set off by a comma."""
    return token.lower.endswith(("ingly", "edly", "ly")) and text[token.end : token.end + 1] == ","


def generic_person(phrase: list[Token], text: str, lexicon: SpeakerLexiconRule) -> Mention | None:
    """A common-noun phrase as a person or a group, when grammar says it names people ("an architect who said")."""
    head = phrase[-1]
    if head.lower in lexicon.universals:  # "anyone who says": a quantifier over everybody, not a person
        return Mention(SpeakerKind.GROUP, head.text, head.start, head.end, everybody=True)
    if not (head.text.isalpha() and head.text.islower()):
        return None
    # "pay an architect who said": the noun phrase starts after its determiner, not at the verb before it.
    first = max((k + 1 for k, t in enumerate(phrase[:-1]) if t.lower in lexicon.determiners), default=0)
    kind = SpeakerKind.GROUP if _plural(head.lower, lexicon) else SpeakerKind.PERSON
    return Mention(kind, _join(phrase[first:], text), phrase[first].start, head.end, generic=True)


def generic_plural(phrase: list[Token], relative: Token, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a plural with no determiner before a restrictive relative in the present ("men who refuse",
    "Muslims who want to") names a kind of people rather than a source; "voters who said" (past) reports what
    some voters said, and "people who know him", "officials who" are anonymous sources."""
    if not phrase or text[phrase[-1].end : relative.start].strip():
        return False  # "Republicans, who have questioned …": a comma makes the relative add to a known group
    head = phrase[-1].lower
    return not any(t.lower in lexicon.determiners for t in phrase) and head not in lexicon.anonymous


def strip_possessive(name: str) -> str:
    """ "Gorka’s" -> "Gorka": a possessive names its owner, who is the speaker."""
    return name[:-2] if name.endswith(("’s", "'s")) and len(name) > 2 else name


def _listed(noun: str, words: frozenset[str]) -> bool:
    """Whether a noun or its singular is in a list: "candidates", "companies", "analyses", "tweets"."""
    if noun in words:
        return True
    return noun.endswith("s") and any(f in words for f in (noun[:-1], noun[:-2], noun[:-3] + "y", noun[:-2] + "is"))

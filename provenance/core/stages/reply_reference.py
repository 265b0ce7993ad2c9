"""Right of reply, reference: whom a pronoun or a description stands for.

"accused him of" and "He did not reply" name the person named last before them; "The company did not respond",
"His lawyer did not respond" and "the company said" stand for the accused party named last before them whose kind
fits (a body for "the company", a person for "his lawyer"), so the note asks and the statement answers for it.
Parties are compared by their words (`party_words`, `Parties`), the way speaker resolution compares names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Generic, TypeVar

from provenance.core.stages.reply_phrase import QUOTE_MARKS, Context, Party, entity, joined
from provenance.model import MissingComment, Span, Speaker, SpeakerKind
from provenance.ruleset.rules import ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token

_SPLIT = re.compile(r"[^a-z0-9]+")
_T = TypeVar("_T")

_PRONOUN_CHARS = 600  # characters back from "him", "he" in which the person it stands for is looked for
_TITLE_CHARS = 2_000  # characters back from "the governor" in which "Gov. Helen Price" is looked for
_REFERENTS_BACK = 12  # entities named before a description among which the one it stands for is looked for
PERSON, BODY = "person", "body"
MEMBERS = "members"  # "the managers", "the rebels": people of a body the article accused
_APPOSITION = re.compile(r",\s+([^,;:.“”\"]{3,60}),")  # ", a lawyer for Hale," after a name


def _closed_class(low: str, ctx: Context) -> bool:
    """A function word ("as", "the", "however"), capitalised only because a sentence starts with it."""
    lexicon = ctx.lexicon
    return low in lexicon.clause_stops or low in lexicon.not_names or low in lexicon.determiners


def _sentence_start(token: Token, ctx: Context) -> bool:
    """Whether nothing but an opening quote or bracket stands between a word and the previous sentence's end."""
    before = ctx.text[: token.start].rstrip(QUOTE_MARKS + "([\n\t")
    return not before or before[-1] in ".?!:"


def pronoun_party(party: Party, ctx: Context) -> Party:
    """For "accused him of", "He cheated": the person named last before the pronoun, a full name or its surname."""
    if len(party) != 1 or party[0].lower not in ctx.rule.person_pronouns:
        return party
    tokens = ctx.words.between(max(0, party[0].start - _PRONOUN_CHARS), party[0].start)
    surnames: set[str] = set()
    runs: list[Party] = []
    k = 0
    while k < len(tokens):  # the capitalised runs, in order: a full name introduces its surname
        end = k
        while end < len(tokens) and tokens[end].capitalized and (
            end == k or joined(ctx, tokens[end - 1], tokens[end])
        ):
            end += 1
        if end > k and k and tokens[k - 1].lower in ctx.rule.locatives:
            k = end  # "found him inside a chemist on Station Road. He": a place after a preposition is no one
            continue
        if end > k:
            run = [t for t in tokens[k:end] if t.lower not in ctx.lexicon.time_words]
            if run and _sentence_start(run[0], ctx) and _closed_class(run[0].lower, ctx):
                run = run[1:]  # "As Gonzalez argued": a word of a closed class opening a sentence is no part of a name
            if len(run) > 1 and run[-1].lower not in ctx.lexicon.institutions:
                surnames.add(run[-1].bare)
            runs.append(run)
        k = max(end, k + 1)
    for run in reversed(runs):
        low = {t.bare.lower() for t in run}
        if any(low <= body for body in ctx.bodies):
            continue  # "Pivotal Pay", named as "Pivotal Pay's board" that speaks: no one "he" stands for
        if run and (len(run) > 1 or run[0].bare in surnames) and run[-1].lower not in ctx.lexicon.institutions:
            return entity(run, None, ctx) and run
    return []



def party_kind(tokens: list[Token], ctx: Context) -> str | None:
    """Whether a named party is a person ("Officer Brett Cullen"), a body ("Acme Corp", "FBI"), or may be either."""
    lexicon = ctx.lexicon
    low = {t.bare.lower() for t in tokens}
    # "Acme Corp", "Acme Corp.": an institution word, or its abbreviation written without the period.
    if any(t.lower in lexicon.institutions or f"{t.lower}." in lexicon.institutions for t in tokens) or any(
        low <= body for body in ctx.bodies
    ):
        return BODY
    if len(tokens) == 1 and tokens[0].bare.isupper() and len(tokens[0].bare) > 1:
        return BODY  # an acronym
    if any(t.lower in lexicon.titles or t.lower in lexicon.roles for t in tokens):
        return PERSON
    return None


Described = tuple[str, frozenset[str]]  # the kind of entity a description stands for, and words its name must hold


def described(tokens: list[Token], ctx: Context) -> Described | None:
    """For a description ("The company", "the officer", "His lawyer", "He"), what it stands for; None for a name."""
    lexicon, none = ctx.lexicon, frozenset[str]()
    if len(tokens) == 1 and tokens[0].lower in lexicon.pronouns:
        kind = lexicon.pronouns[tokens[0].lower]
        return (PERSON, none) if kind == PERSON else (BODY, none) if tokens[0].lower == "it" else None
    words = [t for t in tokens if t.lower not in lexicon.determiners]
    if words and (members := _members(tokens, words, ctx)):
        return members
    if not words or tokens[0].lower not in lexicon.definite | lexicon.possessive_determiners:
        return None  # "Acme", "a company": a name, or no one in particular
    generic = lexicon.roles | lexicon.institutions | ctx.rule.party_nouns | ctx.rule.representatives
    if any((t.capitalized and t is not tokens[0]) or t.text != t.bare or t.lower not in generic for t in words):
        return None  # "Acme", "The parish's new pastor": a name, or a description that introduces someone
    head = words[-1].lower
    if head in ctx.rule.representatives and tokens[0].lower in lexicon.possessive_determiners:
        # "His lawyer" stands for him ("its lawyer" for a body or a group).
        return (PERSON, none) if tokens[0].lower in ctx.rule.person_pronouns else None
    if head in ctx.rule.anaphoric or head.removesuffix("s") in ctx.rule.anaphoric:
        return BODY, none  # "the company": the body named before, whatever its name
    if head in lexicon.institutions:
        return None  # "the government", "the police": the country's or the city's own, named or not
    if head in lexicon.roles or head in ctx.rule.party_nouns:
        return PERSON, frozenset({head})  # "the officer": the person named before with that role
    return None


def _singular(word: str) -> str:
    """A plural noun's singular, for the lexicon's lists: "deputies" -> "deputy", "gunmen" -> "gunman"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    return word.removesuffix("s")


def _members(tokens: list[Token], words: list[Token], ctx: Context) -> Described | None:
    """For an unnamed plural ("managers", "the senior managers", "the rebels"), the body its people belong to: any
    body the article accused for holders of a role; for actors ("the rebels", "the attackers"), only a body named
    with that noun ("the rebel National Front"), as the other side of a war is a body too."""
    lexicon, head = ctx.lexicon, words[-1].lower
    single = _singular(head)
    if single == head or (tokens[0].lower not in lexicon.definite and tokens[0].lower in lexicon.determiners):
        return None  # a singular, or "their managers", "some rebels": someone's people, or no one in particular
    if single in ctx.rule.members:
        return None  # "ministers", "police officers" stand for the government, the police: a party as they are
    if any(t.text != t.bare or (t.capitalized and t is not tokens[0]) for t in tokens):
        return None  # "Acme managers", "the firm's managers": named, or said whose
    if single in ctx.rule.actors or head in ctx.rule.actors:
        return MEMBERS, frozenset({single})
    if single in lexicon.roles or single in ctx.rule.representatives or single in ctx.rule.party_nouns:
        return MEMBERS, frozenset()
    return None


def antecedent_party(at: int, meant: Described, parties: list[tuple[int, frozenset[str], str | None]]) -> (
    frozenset[str] | None
):
    """The words of the entity named last before offset `at` that the description fits, if any."""
    kind, needed = meant
    # People of a body stand for one known to be a body: "The deputies could not be reached" is not about Simmons.
    kinds = (BODY,) if kind == MEMBERS else (kind, None)
    last = bisect_left(parties, at, key=lambda referent: referent[0])  # the referents named before `at`
    for _, words, party in reversed(parties[max(0, last - _REFERENTS_BACK) : last]):
        if party in kinds and needed <= words | {_singular(w) for w in words}:
            return words
    return None


def principal_tokens(party: Span, ctx: Context) -> list[Token]:
    """The words of a note's party, or of the party its representative speaks for ("a lawyer for Kessler")."""
    principal = represented(party.text, ctx.rule, ctx.lexicon)
    start = party.start + party.text.rfind(principal) if principal else party.start
    return ctx.words.between(start, start + len(principal) if principal else party.end)


def represented(name: str, rule: ReplyRule, lexicon: SpeakerLexiconRule) -> str | None:
    """The party a representative speaks for: "A lawyer for Kessler" -> "Kessler", "Pike's attorney" -> "Pike"."""
    words = name.split()
    for r, word in enumerate(words):
        if word.lower() not in rule.representatives:
            continue
        if r + 2 < len(words) and words[r + 1].lower() in lexicon.postmodifiers:
            return " ".join(words[r + 2 :])
        k = r - 1
        while k > 0 and words[k].islower() and not words[k].endswith(("'s", "’s")):
            k -= 1  # "Acme's chief executive": the possessor before the role's modifiers
        if k >= 0 and words[k].endswith(("'s", "’s")):
            return " ".join(words[: k + 1])
        start = r  # "A Streamly spokesman", "White House spokesman Josh Earnest": the name before the office
        while start > 0 and words[start - 1][:1].isupper() and words[start - 1].lower() not in lexicon.determiners:
            start -= 1
        if start < r:
            return " ".join(words[start:r])
    return None


def appositions(speaker: Speaker, text: str) -> list[str]:
    """What a speaker is set off as after a mention: "Ann Ruiz, a lawyer for Hale, said" -> "a lawyer for Hale"."""
    found = []
    for mention in speaker.mentions:
        after = _APPOSITION.match(text, mention.end)
        if after:
            found.append(after.group(1))
    return found


def titled(role: str, at: int, ctx: Context) -> Party:
    """For "the governor": the name the article gave that role as a title before offset `at` ("Gov. Helen Price")."""
    tokens = ctx.words.between(max(0, at - _TITLE_CHARS), at)
    for k in range(len(tokens) - 2, -1, -1):
        low = tokens[k].lower
        if not tokens[k].capitalized or (low != role and ctx.lexicon.role_abbreviations.get(low) != role):
            continue
        run: Party = []
        for token in tokens[k + 1 :]:
            if not token.capitalized or not joined(ctx, run[-1] if run else tokens[k], token):
                break
            run.append(token)
        if run:
            return run
    return []


def named_with(head: str, at: int, ctx: Context) -> Party:
    """For "the bank", "the party": a name before offset `at` ending in that noun ("Norland Bank", "the Liberty Alliance
    party"), though the body was only mentioned there, neither accused nor speaking."""
    tokens = ctx.words.between(max(0, at - _TITLE_CHARS), at)
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].lower != head or not (tokens[k - 1].capitalized and joined(ctx, tokens[k - 1], tokens[k])):
            continue
        start = k - 1
        while start > 0 and tokens[start - 1].capitalized and joined(ctx, tokens[start - 1], tokens[start]):
            start -= 1
        while start < k - 1 and _closed_class(tokens[start].lower, ctx):
            start += 1  # "The Norland Bank": the article is no part of the name
        if not _closed_class(tokens[start].lower, ctx):
            return tokens[start : k + 1]
    return []


def party_words(name: str, rule: ReplyRule, lexicon: SpeakerLexiconRule) -> frozenset[str]:
    """The words that identify a party, with metonyms ("Washington" -> "us") applied and determiners dropped."""
    low = name.lower().replace("’s", "").replace("'s", "")
    low = rule.metonyms.get(low.removeprefix("the ").strip(), low)
    words = [rule.metonyms.get(w, w) for w in _SPLIT.split(low) if w]
    return frozenset(w for part in words for w in _SPLIT.split(part) if w and w not in lexicon.determiners)


def _same_party(a: frozenset[str], b: frozenset[str]) -> bool:
    # Speaker resolution's test: one name's words contain the other's ("the coalition" / "the US-led coalition").
    return bool(a) and bool(b) and (a <= b or b <= a)


class Parties(Generic[_T]):
    """Parties' words with a value each, found by `_same_party` through the words they share, not by a scan."""

    def __init__(self) -> None:
        self.items: list[tuple[frozenset[str], _T]] = []
        self.by_word: dict[str, list[int]] = {}

    def add(self, words: frozenset[str], value: _T) -> None:
        """File one party under each of its words."""
        for word in words:
            self.by_word.setdefault(word, []).append(len(self.items))
        self.items.append((words, value))

    def first(self, words: frozenset[str]) -> _T | None:
        """The value of the first party filed that is the same party as `words` (two such share every word of one)."""
        return next(iter(self.every(words)), None)

    def every(self, words: frozenset[str]) -> list[_T]:
        """The values of every party filed that is the same party as `words`, in the order they were filed."""
        near = sorted({k for word in words for k in self.by_word.get(word, ())})
        return [self.items[k][1] for k in near if _same_party(words, self.items[k][0])]


Referent = tuple[int, frozenset[str], str | None]  # where an entity is named, its party words and kind


def referents_of(parties: list[Referent], speakers: tuple[Speaker, ...], ctx: Context) -> list[Referent]:
    """Every named entity a description may point back to, in text order: accused parties and speakers' names."""
    kinds = {SpeakerKind.PERSON: PERSON, SpeakerKind.ANONYMOUS: PERSON, SpeakerKind.INSTITUTION: BODY,
             SpeakerKind.OUTLET: BODY, SpeakerKind.PLACE: BODY, SpeakerKind.DOCUMENT: "document",  # a report is no one
             SpeakerKind.GROUP: "group"}  # "Parents said": not the school, nor the head teacher
    found = list(parties)
    for speaker in speakers:
        for mention in speaker.mentions:
            tokens = ctx.words.between(mention.start, mention.end)
            if tokens and described(tokens, ctx) is None and tokens[0].lower not in ctx.lexicon.pronouns:
                # "Acme Corp" is a body, whatever its kind; "Parents" a group, though no person.
                kind = kinds[speaker.kind] if speaker.kind is SpeakerKind.GROUP else (
                    party_kind(tokens, ctx) or kinds.get(speaker.kind))
                found.append((mention.start, party_words(mention.text, ctx.rule, ctx.lexicon), kind))
    return sorted(found, key=lambda referent: referent[0])


def notes_by_party(
    noted: list[tuple[MissingComment, frozenset[str]]], referents: list[Referent], ctx: Context,
    accused: list[Referent] | None = None,
) -> Parties[MissingComment]:
    """Notes filed under the party they name, the one a representative speaks for, or the one a description means."""
    notes: Parties[MissingComment] = Parties()
    for note, words in noted:
        notes.add(words, note)
        if note.party is None:
            continue
        principal = principal_tokens(note.party, ctx)  # "A lawyer for Kessler did not respond": Kessler was asked
        notes.add(party_words(" ".join(t.text for t in principal), ctx.rule, ctx.lexicon), note)
        # "The company did not respond", "He did not reply", "A company spokeswoman declined": a note is asked of
        # the accused, so the accused parties named before are searched before every named entity.
        kind = described(principal, ctx) or _office(ctx.words.between(note.party.start, note.party.end), ctx)
        # "Their union declined to comment" is someone's body, not the one accused last.
        own = principal and principal[0].lower in ctx.lexicon.possessive_determiners and kind and kind[0] == BODY
        if kind and (meant := antecedent_party(note.party.start, kind, [] if own else accused or [])
                     or antecedent_party(note.party.start, kind, referents)):
            notes.add(meant, note)
    return notes


def _office(tokens: list[Token], ctx: Context) -> Described | None:
    """The body an unnamed office stands for: "A company spokeswoman" (the company named before), "the ministry"
    or "a department official" (the body named before with that word: "the Health Ministry")."""
    lexicon = ctx.lexicon
    words = [t for t in tokens if t.lower not in lexicon.determiners]
    at = next((k for k, t in enumerate(tokens) if k and t.lower in ctx.rule.representatives), None)
    if at is not None and tokens[at - 1].lower not in lexicon.determiners:
        noun = tokens[at - 1]  # "A company spokeswoman", "a ministry official"
    elif len(words) == 1 and tokens[0].lower in lexicon.definite:
        noun = words[0]  # "The ministry", "the department"
    else:
        return None
    low = noun.lower.removesuffix("s") if noun.lower not in lexicon.institutions else noun.lower
    if noun.capitalized and noun is not tokens[0]:
        return None  # "A Pentagon spokesman": a name, read as one
    if low in ctx.rule.anaphoric:
        return BODY, frozenset()
    return (BODY, frozenset({low})) if low in lexicon.institutions else None


def heard_as(
    speakers: tuple[Speaker, ...], heard: set[str], referents: list[Referent], ctx: Context
) -> dict[frozenset[str], Speaker]:
    """Parties heard through a description that speaks ("the company said"): the entity named before it that fits."""
    found: dict[frozenset[str], Speaker] = {}
    for speaker in speakers:
        if speaker.id not in heard:
            continue
        # "the council ... It shows": a pronoun stands for what the speaker's other mentions stand for.
        named = any(m.text.lower() not in ctx.lexicon.pronouns for m in speaker.mentions)
        for mention in speaker.mentions:
            if named and mention.text.lower() in ctx.lexicon.pronouns:
                continue
            tokens = ctx.words.between(mention.start, mention.end)
            kind = described(tokens, ctx)
            # "The bank said" after "Norland Bank traders": a body's name ending in the noun, though only mentioned.
            name = named_with(tokens[-1].lower, mention.start, ctx) if kind and kind[0] == BODY else []
            if name:
                found.setdefault(party_words(" ".join(t.text for t in name), ctx.rule, ctx.lexicon), speaker)
            elif kind and kind[0] != MEMBERS and (meant := antecedent_party(mention.start, kind, referents)):
                found.setdefault(meant, speaker)
    return found

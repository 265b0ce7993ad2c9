"""Right of reply, reference: whom a pronoun or a description stands for.

"accused him of" and "He did not reply" name the person named last before them; "The company did not respond",
"His lawyer did not respond" and "the company said" stand for the accused party named last before them whose kind
fits (a body for "the company", a person for "his lawyer"), so the note asks and the statement answers for it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from provenance.core.stages.reply_party import QUOTE_MARKS, Context, Party, entity, joined
from provenance.model import Span, Speaker
from provenance.ruleset.rules import ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token

_PRONOUN_CHARS = 600  # characters back from "him", "he" in which the person it stands for is looked for
_TITLE_CHARS = 2_000  # characters back from "the governor" in which "Gov. Helen Price" is looked for
_REFERENTS_BACK = 12  # entities named before a description among which the one it stands for is looked for
PERSON, BODY = "person", "body"
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
    if any(t.lower in lexicon.institutions for t in tokens) or any(low <= body for body in ctx.bodies):
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
    if not words or tokens[0].lower not in lexicon.definite | lexicon.possessive_determiners:
        return None  # "Acme", "a company": a name, or no one in particular
    generic = lexicon.roles | lexicon.institutions | ctx.rule.party_nouns | ctx.rule.representatives
    if any((t.capitalized and t is not tokens[0]) or t.text != t.bare or t.lower not in generic for t in words):
        return None  # "Acme", "The parish's new pastor": a name, or a description that introduces someone
    head = words[-1].lower
    if head in ctx.rule.representatives:
        # "His lawyer" stands for him; "the lawyer", of no one named, for no one the article accuses.
        personal = tokens[0].lower in ctx.rule.person_pronouns
        return (PERSON, none) if personal else None
    if head in lexicon.institutions or head.removesuffix("s") in lexicon.institutions:
        return BODY, none  # "the company": the body named before, whatever its name
    if head in lexicon.roles or head in ctx.rule.party_nouns:
        return PERSON, frozenset({head})  # "the officer": the person named before with that role
    return None


def antecedent_party(at: int, meant: Described, parties: list[tuple[int, frozenset[str], str | None]]) -> (
    frozenset[str] | None
):
    """The words of the entity named last before offset `at` that the description fits, if any."""
    kind, needed = meant
    last = bisect_left(parties, at, key=lambda referent: referent[0])  # the referents named before `at`
    for _, words, party in reversed(parties[max(0, last - _REFERENTS_BACK) : last]):
        if party in (kind, None) and needed <= words:
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

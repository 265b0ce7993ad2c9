"""Right of reply, phrases: the noun phrase a party is, and whether it is an entity.

A party is a noun phrase with a head that names someone: a name (capitalised, and not only because a sentence starts
with it), a role, an institution or a party noun ("regime", "gunman"); "lightning" and "11 terrorist" are not.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from provenance.ruleset.rules import ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token, Words, gap

QUOTE_MARKS = " \u00a0“”\"‘’'«»"
_NAME_LOOKUPS = 20  # occurrences of a sentence-initial word searched for a capitalised use mid-sentence
_PHRASE_MAX = 10  # words of a party's noun phrase: "the incredibly repressive leaders of Saudi Arabia"

Party = list[Token]


@dataclass(frozen=True, slots=True)
class Context:
    """What the grammar reads: the text, the reply rule, the speaker lexicon and the document's tokens."""

    text: str
    rule: ReplyRule
    lexicon: SpeakerLexiconRule
    verbs: dict[str, object]
    words: Words
    bodies: tuple[frozenset[str], ...] = ()  # lower-case words of each speaker that is no person: no "he" or "him"


def token_index(tokens: list[Token], token: Token) -> int:
    """The position of a token of the sentence, by bisection on its start (list.index was a scan per phrase)."""
    return bisect_left(tokens, token.start, key=lambda t: t.start)


def joined(ctx: Context, a: Token, b: Token) -> bool:
    """Only spaces or quotation marks between two words: one phrase ("a “pathological liar”")."""
    return not gap(ctx.text, a, b).strip(QUOTE_MARKS)


def skip_adverbs_back(tokens: list[Token], i: int) -> int:
    """Index before tokens[i] once the adverbs in front of it ("quietly buried", "incredibly corrupt") are passed."""
    k = i - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and not tokens[k].capitalized:
        k -= 1
    return k


def head_phrase(tokens: list[Token], k: int, ctx: Context) -> Party:
    """The noun phrase from tokens[k] to its head: "Mayor Janet Cole" (not "... signed"), "president of the X"."""
    found: Party = []
    head = False
    for token in tokens[k : k + _PHRASE_MAX]:
        low = token.lower
        if found and not joined(ctx, found[-1], token):
            break
        after_head = head and not token.capitalized and not party_noun(low, ctx)
        if after_head and low not in ctx.lexicon.postmodifiers and not (
            low in ctx.lexicon.determiners and found[-1].lower in ctx.lexicon.postmodifiers
        ):
            break  # a lower-case word after the head: a verb or the next phrase ("Cole signed the deal")
        if (low in ctx.lexicon.clause_stops and low not in ctx.lexicon.postmodifiers) or low in ctx.verbs:
            break
        if found and low in ctx.lexicon.determiners and found[-1].lower not in ctx.lexicon.postmodifiers:
            break  # "the criminal illegal picked up a gun": a determiner mid-phrase opens the next one
        found.append(token)
        head = head or token.capitalized or party_noun(low, ctx)
    return trim(found, ctx) if head else []


def trim(party: Party, ctx: Context) -> Party:
    """Cut "militias on the headquarters" at the preposition; keep "officials in Damascus" (a name follows)."""
    for k in range(1, len(party)):
        if party[k].text[0].isdigit() and party[k - 1].capitalized:
            return party[:k]  # "fined Acme Corp 250 million euros": an amount after the name is no part of it
        if party[k].lower in ctx.lexicon.postmodifiers:
            name = k + 1
            while name < len(party) - 1 and party[name].lower in ctx.lexicon.determiners:
                name += 1  # "president of the Philippines"
            if not (name < len(party) and party[name].capitalized) or party[name].lower in ctx.lexicon.time_words:
                return party[:k]  # "fined Acme on Thursday": a day is no name of the party's
            # "leaders of Saudi Arabia jailed ...": the name after the preposition ends at its last capital.
            end = k + 1
            while end < len(party) and (party[end].capitalized or party[end].lower in ctx.lexicon.determiners):
                end += 1
            return party[:end]
    return party


def party_noun(low: str, ctx: Context) -> bool:
    """A role, institution or party noun, singular or plural ("militias" as "militia", "officials")."""
    lexicon, nouns = ctx.lexicon, ctx.rule.party_nouns
    return any(w in lexicon.roles or w in lexicon.institutions or w in nouns for w in (low, low.removesuffix("s")))


def entity_word(token: Token, first: bool, ctx: Context) -> bool:
    """A word that can head a party: a name (not just a sentence's first capital) or a role or institution noun."""
    if party_noun(token.lower, ctx):
        return True
    low = token.lower
    return token.capitalized and not (first and low in ctx.lexicon.determiners) and low not in ctx.rule.ignore


def _named(token: Token, ctx: Context) -> bool:
    """Whether a word capitalised at a sentence's start is a name: a role word, or capitalised inside a sentence too."""
    if party_noun(token.lower, ctx):
        return True
    at = ctx.text.find(token.bare)
    for _ in range(_NAME_LOOKUPS):
        if at == -1:
            return False
        before = ctx.text[:at].rstrip()[-1:]
        if at != token.start and before and (before.isalnum() or before in ",;"):
            return True  # "... invaded by Russia": capitalised mid-sentence, so a name
        at = ctx.text.find(token.bare, at + 1)
    return False


def _preposition(low: str, ctx: Context) -> bool:
    """A word opening a noun's postmodifier: "leaders of", "men near the border"."""
    return low in ctx.lexicon.postmodifiers or low in ctx.rule.locatives


def entity(party: Party, sentence_first: Token | None, ctx: Context) -> Party:
    """The party if its head (last word) is a name, role or institution: not "lightning", not "11 terrorist"."""
    if not party or all(t.lower in ctx.rule.ignore or t.lower in ctx.lexicon.pronouns for t in party):
        return []
    cut = next((k for k in range(1, len(party)) if _preposition(party[k].lower, ctx)), len(party))
    demonym = next((t for t in party[: cut - 1] if t.text in ctx.lexicon.demonyms), None)
    if demonym is not None and party[cut - 1].lower in ctx.rule.armed:
        return [demonym]  # "a Russian missile strike on a market", "Israeli troops": the state whose arms they are
    if party[0].lower in ctx.rule.indefinites:
        return []  # "a shady developer", "a Marine was found guilty", "some rogue staffer": no one the article names
    # The head comes before a postmodifier: "leaders of Saudi Arabia", but "attacks in Europe" is no party.
    head = party[cut - 1]
    if head is sentence_first and not _named(head, ctx):
        return []  # "Lightning strikes", "Four of these": a sentence's first word is capitalised whatever it is
    if entity_word(head, head is party[0], ctx):
        return party
    # "the US-led coalition's aircraft": the thing belongs to the party, which is the possessor.
    owner = next((k for k in range(cut - 2, -1, -1) if party[k].text != party[k].bare), None)
    if owner is not None:
        return party[: owner + 1] if entity_word(party[owner], owner == 0, ctx) else []
    # "Norland Bank traders rigged rates": the people a body's name modifies are that body's (not "Trump supporters").
    body = party[: cut - 1]
    while body and body[0].lower in ctx.lexicon.determiners:
        body = body[1:]
    if head.lower.endswith("s") and body and all(t.capitalized for t in body) and _body_name(body, ctx):
        return body
    return []


def _body_name(name: Party, ctx: Context) -> bool:
    """Whether a name is a body's: an institution word in it ("Norland Bank"), an acronym, or a body that speaks."""
    low = {t.bare.lower() for t in name}
    if any(t.lower in ctx.lexicon.institutions or (len(t.bare) > 1 and t.bare.isupper()) for t in name):
        return True
    return any(low <= body for body in ctx.bodies)

"""Right of reply, the grammar: which entity a charge word is attached to.

A charge (rules/reply.yaml) names its party by where the party stands in the phrase around it, the cue's
`party` shape: the object of a charging verb ("accused X"), the subject of a wrongdoing verb ("X covered up",
"X seems intent on covering up", "X and Y lied"), the possessor of a wrongdoing noun ("X's invasion", "its
cover-up" with the pronoun resolved, "the attack from X"), the noun phrase an epithet modifies ("the myopic
Cardinal Kasper", "X is corrupt"), or the one a label is predicated of ("X is a liar", "called X a liar",
"sympathizers like X"). Each shape returns candidate phrases; `entity` then keeps the ones that are entities.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from provenance.core.attribution.sources import (
    phrase_after,
    phrase_before,
    skip_auxiliaries_back,
)
from provenance.ruleset.rules import AccusationCue, ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token, Words, gap, listed

QUOTE_MARKS = " \u00a0“”\"‘’'«»"
_AGENT_REACH = 3  # tokens after the cue in which "by" may introduce the accused
_NEGATION_REACH = 3  # tokens before the cue in which "not", "never" deny it: "has never criticized"
_SUPPOSITION_REACH = 8  # tokens before the cue in which "whether", "may" leave it open: "whether Acme Corp violated"
_APPOSITION_MAX = 6  # words of an apposition between commas: ", 19,", ", a former director of the charity,"
_NAME_LOOKUPS = 20  # occurrences of a sentence-initial word searched for a capitalised use mid-sentence
_LABEL_REACH = 4  # words between an article and the label it opens: "a serial liar", "a rampant, vile xenophobe"
_EPITHET_SKIP = 4  # words of further adjectives after an epithet: "myopic and theologically tunnel-visioned X"
_LIST_MAX = 6  # names in a list after "such as": "CAIR, ISNA and MAS"
_ANTECEDENT_REACH = 40  # words back from "its", "his" in which its name is looked for
_PHRASE_MAX = 10  # words of a party's noun phrase: "the incredibly repressive leaders of Saudi Arabia"
_RELATIVE_REACH = 12  # words of a relative clause between commas: ", who has denied the charges,"

Party = list[Token]
_POSSESSED_MODIFIERS = 2  # words between a possessor and its wrongdoing noun: "Clinton's private email scandal"
_ANSWER_REACH = 4  # words after an answer verb in which its object is looked for: "denied all of the allegations"
_ANSWER = AccusationCue("answer", (), "before")  # an answer is denied as a verb is: "has not disputed the charges"


@dataclass(frozen=True, slots=True)
class Context:
    """What the grammar reads: the text, the reply rule, the speaker lexicon and the document's tokens."""

    text: str
    rule: ReplyRule
    lexicon: SpeakerLexiconRule
    verbs: dict[str, object]
    words: Words
    bodies: tuple[frozenset[str], ...] = ()  # lower-case words of each speaker that is no person: no "he" or "him"


def _index(tokens: list[Token], token: Token) -> int:
    """The position of a token of the sentence, by bisection on its start (list.index was a scan per phrase)."""
    return bisect_left(tokens, token.start, key=lambda t: t.start)


def joined(ctx: Context, a: Token, b: Token) -> bool:
    """Only spaces or quotation marks between two words: one phrase ("a “pathological liar”")."""
    return not gap(ctx.text, a, b).strip(QUOTE_MARKS)


def _skip_adverbs_back(tokens: list[Token], i: int) -> int:
    """Index before tokens[i] once the adverbs in front of it ("quietly buried", "incredibly corrupt") are passed."""
    k = i - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and not tokens[k].capitalized:
        k -= 1
    return k


def _lead_before(tokens: list[Token], k: int, ctx: Context) -> int:
    """Index before a catenative lead ending at tokens[k] ("seem intent on", "chose to"), else k."""
    for size in range(min(4, k + 1), 0, -1):
        words = tokens[k - size + 1 : k + 1]
        if " ".join(t.lower for t in words) in ctx.rule.leads and all(
            joined(ctx, a, b) for a, b in pairwise(words)
        ):
            return _skip_adverbs_back(tokens, k - size + 1)
    return k


def _conjuncts(tokens: list[Token], phrase: Party, ctx: Context) -> list[Party]:
    """The phrase and, when "and" joins it to a phrase before ("the FBI and other investigators"), that one too."""
    if not phrase:
        return []
    first = _index(tokens, phrase[0])
    if first < 2 or tokens[first - 1].lower not in ctx.lexicon.coordinators:
        return [phrase]
    if not joined(ctx, tokens[first - 2], tokens[first - 1]):
        return [phrase]
    return [phrase, phrase_before(tokens, first - 2, ctx.text, ctx.lexicon, ctx.verbs)]


def _subject(tokens: list[Token], i: int, ctx: Context, passive: bool) -> list[Party]:
    """The subject before the cue at tokens[i]; a passive ("were killed") has its victims there, not the accused."""
    k = _lead_before(tokens, _skip_adverbs_back(tokens, i), ctx)
    if k >= 0 and tokens[k].lower in ctx.rule.passive and not passive:
        return []
    if k >= 0 and "," in gap(ctx.text, tokens[k], tokens[k + 1]):
        # ", attacking Romney": a participle after a comma belongs to the main clause's subject; a finite verb after a
        # relative clause set off by commas has the relative's noun ("Hale, who has denied the charges, stole").
        k = _before_relative(tokens, k, ctx) if not tokens[k + 1].lower.endswith("ing") else -1
        if k < 0:
            return []
    end = skip_auxiliaries_back(tokens, k + 1, ctx.lexicon, ctx.text)
    while end >= 0 and (tokens[end].lower in ctx.rule.passive or tokens[end].lower in ctx.rule.copulas):
        end = skip_auxiliaries_back(tokens, end, ctx.lexicon, ctx.text)  # "has been charged", "is being"
    if end < 0:
        return []
    if end > 0 and ctx.lexicon.pronouns.get(tokens[end].lower) == "relative":
        end -= 1  # "Luis Ferrer, who is suspected of", "the officer who was charged": the relative's antecedent
    phrase = phrase_before(tokens, _before_apposition(tokens, end, ctx), ctx.text, ctx.lexicon, ctx.verbs)
    first = _index(tokens, phrase[0]) if phrase else 0
    if first and tokens[first - 1].lower in ctx.lexicon.postmodifiers and joined(ctx, tokens[first - 1], phrase[0]):
        return []  # "aliens removed from the interior of the United States had been convicted": not the subject
    return _conjuncts(tokens, phrase, ctx)


def _before_relative(tokens: list[Token], k: int, ctx: Context) -> int:
    """For a non-restrictive relative clause ending at tokens[k], the index of its relative pronoun, else -1."""
    for r in range(k, max(0, k - _RELATIVE_REACH), -1):
        if ctx.lexicon.pronouns.get(tokens[r].lower) == "relative" and "," in gap(ctx.text, tokens[r - 1], tokens[r]):
            return r
        if r < k and gap(ctx.text, tokens[r], tokens[r + 1]).strip(QUOTE_MARKS):
            return -1  # punctuation inside: not one clause
    return -1


def _copular(tokens: list[Token], k: int, ctx: Context) -> list[Party]:
    """Whom the predicate after the copula at tokens[k] is said of: its subject, or the object before "for"."""
    if k > 1 and tokens[k - 1].lower in ctx.rule.reasons:
        # "blasted the American media for being dishonest": the object before "for" is what is charged.
        return [phrase_before(tokens, k - 2, ctx.text, ctx.lexicon, ctx.verbs)]
    return _subject(tokens, k, ctx, passive=True)


def _head_phrase(tokens: list[Token], k: int, ctx: Context) -> Party:
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


def _before_apposition(tokens: list[Token], end: int, ctx: Context) -> int:
    """For "Devin Reyes, 19, of Marston, has been charged": the end of the name before the commas, else `end`."""
    if end + 1 >= len(tokens) or "," not in gap(ctx.text, tokens[end], tokens[end + 1]):
        return end
    # The nearest comma before which a name ends: ", 19, of Marston," may hold several.
    for k in range(end, max(0, end - _APPOSITION_MAX), -1):
        if "," in gap(ctx.text, tokens[k - 1], tokens[k]) and entity_word(tokens[k - 1], False, ctx):
            if not tokens[k - 1].capitalized and all(t.capitalized for t in tokens[k : end + 1]):
                return end  # "the firm's owner, Mark Sutter, was convicted": the name set off after a description
            return k - 1
    return end


def _listed(tokens: list[Token], k: int, ctx: Context) -> list[Party]:
    """The names listed from tokens[k]: "CAIR and ISNA", "Mohamed Elibiary", "CAIR, ISNA and MAS"."""
    found: list[Party] = []
    while k < len(tokens) and len(found) < _LIST_MAX:
        phrase = _head_phrase(tokens, k, ctx)
        if not phrase:
            break
        found.append(phrase)
        k = _index(tokens, phrase[-1]) + 1
        if k < len(tokens) and tokens[k].lower in ctx.lexicon.coordinators:
            k += 1
        elif k >= len(tokens) or gap(ctx.text, tokens[k - 1], tokens[k]).strip() != ",":
            break
    return found


def _exemplified(tokens: list[Token], j: int, ctx: Context) -> list[Party]:
    """ "sympathizers like Mohamed Elibiary", "front groups such as CAIR and ISNA": the names given as examples."""
    for size in (2, 1):
        words = tokens[j : j + size]
        if len(words) == size and " ".join(t.lower for t in words) in ctx.rule.exemplifiers:
            if not joined(ctx, tokens[j - 1], tokens[j]) and gap(ctx.text, tokens[j - 1], tokens[j]).strip() != ",":
                return []
            return _listed(tokens, j + size, ctx)
    return []


def _predicated(tokens: list[Token], i: int, ctx: Context) -> list[Party]:
    """Who a label before tokens[i] is said of: "X is a serial liar", "called X a liar", "X, a liar,"."""
    k = i - 1
    while k >= 0 and i - k <= _LABEL_REACH and joined(ctx, tokens[k], tokens[k + 1]):
        if tokens[k].lower in ctx.lexicon.predicate_articles:
            break
        if tokens[k].capitalized or tokens[k].lower in ctx.lexicon.determiners:
            return []  # "the Sept. 11 terrorist", "Trump's liars": no article opens the label
        k -= 1
    else:
        return []
    if k < 1 or tokens[k].lower not in ctx.lexicon.predicate_articles:
        return []
    if "," in gap(ctx.text, tokens[k - 1], tokens[k]):
        return [phrase_before(tokens, k - 1, ctx.text, ctx.lexicon, ctx.verbs)]  # "Elibiary, a sympathizer,"
    if tokens[k - 1].lower in ctx.rule.copulas:
        return _copular(tokens, k - 1, ctx)
    # "called Trump a liar": the object between a naming verb and the article.
    start = next((n for n in range(k - 1, max(-1, k - 1 - _LABEL_REACH), -1)
                  if tokens[n].lower in ctx.rule.naming_verbs), None)
    return [tokens[start + 1 : k]] if start is not None and start + 1 < k else []


def _epithet(tokens: list[Token], i: int, j: int, ctx: Context) -> list[Party]:
    """What an epithet is said of: "corrupt Mayor Cole", "the myopic and tunnel-visioned X", "the mayor is corrupt"."""
    k = _skip_adverbs_back(tokens, i)
    if k >= 0 and tokens[k].lower in ctx.rule.copulas:
        return _copular(tokens, k, ctx)
    if k >= 0 and tokens[k].lower in ctx.lexicon.predicate_articles:
        return _predicated(tokens, i, ctx)  # "X is a corrupt official": said of X, as a label is
    if k >= 0 and tokens[k].lower in ctx.rule.indefinites:
        return []  # "some rogue staffer": no one in particular
    # Further adjectives may follow before the noun: "myopic and theologically tunnel-visioned Cardinal Kasper".
    start = j
    while (start < len(tokens) and start - j < _EPITHET_SKIP and not tokens[start].capitalized
           and not party_noun(tokens[start].lower, ctx) and joined(ctx, tokens[start - 1], tokens[start])
           and (tokens[start].lower in ctx.lexicon.coordinators or start > j)):
        start += 1
    if start > j and (start >= len(tokens) or not tokens[start].capitalized):
        start = j  # no name after the skipped words ("fascist and authoritarian leaders"): no one in particular
    return [_head_phrase(tokens, start, ctx)] if start < len(tokens) else []


def _possessor(tokens: list[Token], i: int, ctx: Context) -> list[Party]:
    """ "the real goal behind Washington's", "its cover-up": the possessor's name, a pronoun resolved before it."""
    if i == 0 or gap(ctx.text, tokens[i - 1], tokens[i]).strip(QUOTE_MARKS):
        return []
    k = i - 1
    lexicon = ctx.lexicon
    # "its cunning cover-up", "Clinton's email scandal": modifiers between the possessor and the noun.
    while (k > 0 and i - k <= _POSSESSED_MODIFIERS and not tokens[k].capitalized and tokens[k].text == tokens[k].bare
           and not any(tokens[k].lower in closed for closed in (lexicon.determiners, lexicon.postmodifiers,
                                                               lexicon.clause_stops, lexicon.possessive_determiners))
           and joined(ctx, tokens[k - 1], tokens[k])):
        k -= 1
    if tokens[k].lower in lexicon.possessive_determiners:
        return [antecedent(tokens, k, ctx)]
    if tokens[k].text == tokens[k].bare:
        return []
    end = k + 1
    while k > 0 and tokens[k - 1].capitalized and not gap(ctx.text, tokens[k - 1], tokens[k]).strip():
        k -= 1
    return [tokens[k:end]]


def antecedent(tokens: list[Token], k: int, ctx: Context) -> Party:
    """The name a possessive pronoun at tokens[k] stands for: the nearest before it in the sentence that fits."""
    personal = tokens[k].lower in ctx.rule.person_pronouns  # his, her: a person, not an institution or a place
    end = k - 1
    while end >= max(0, k - _ANTECEDENT_REACH):
        if not tokens[end].capitalized:
            end -= 1
            continue
        start = end
        while start > 0 and tokens[start - 1].capitalized and joined(ctx, tokens[start - 1], tokens[start]):
            start -= 1
        run = tokens[start : end + 1]
        head = run[-1].lower
        institution = head in ctx.lexicon.institutions or run[-1].bare in ctx.lexicon.places or run[-1].text.isupper()
        if entity(run, tokens[0], ctx) and not (personal and institution):
            return run
        end = start - 1
    return []


@lru_cache(maxsize=8)
def _answer_openers(phrases: tuple[str, ...], verbs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the answer phrases, and those with the answer verbs: the words an answer starts at."""
    firsts = frozenset(p.split()[0] for p in phrases)
    return firsts, firsts | frozenset(verbs)


def answerers(tokens: list[Token], ctx: Context) -> list[Party]:
    """Subjects that answer a charge: "Hale pleaded not guilty", "Acme disputed the findings"."""
    found: list[Party] = []
    firsts, openers = _answer_openers(ctx.rule.answer_phrases, ctx.rule.answer_verbs)
    for i in listed(tokens, openers):  # asked of every sentence; few hold a word that can open an answer
        token = tokens[i]
        low = token.lower
        phrase = low in firsts and next((p for p in ctx.rule.answer_phrases if " ".join(
            t.lower for t in tokens[i : i + p.count(" ") + 1]) == p), None)
        answered = bool(phrase) or (low in ctx.rule.answer_verbs and any(
            t.lower in ctx.rule.answer_objects for t in tokens[i + 1 : i + 1 + _ANSWER_REACH]))
        if answered and not negated(tokens, i, _ANSWER, ctx):
            found.extend(_subject(tokens, i, ctx, passive=False))
    return found


def party_phrases(tokens: list[Token], i: int, j: int, cue: AccusationCue, ctx: Context) -> list[Party]:
    """The phrases the cue at tokens[i:j] may accuse: "by X" first, then the cue's own shape."""
    # Only a deed has an agent: "attacked by X", "the attack from X"; "a war criminal by any measure" has none.
    # "from" must follow the noun: "illegal aliens absconding from Final Orders" names no agent.
    if cue.party == "possessor" and j < len(tokens) and tokens[j].lower in ctx.rule.noun_agents:
        return [trim(phrase_after(tokens, j + 1, ctx.text, ctx.lexicon, ctx.verbs), ctx)]
    # A participle in -ing is active ("defying calls by authorities"): only a passive or a noun has a "by" agent.
    deed = cue.party == "possessor" or (cue.party == "before" and not tokens[j - 1].lower.endswith("ing"))
    for k in range(j, min(j + _AGENT_REACH, len(tokens) - 1) if deed else j):
        if gap(ctx.text, tokens[k - 1], tokens[k]).strip(QUOTE_MARKS) or tokens[k].lower in ctx.lexicon.coordinators:
            break  # "marred by fraud and overturned by the court": the court overturned, it did not defraud
        if tokens[k].lower in ctx.rule.agent_words:
            return [trim(phrase_after(tokens, k + 1, ctx.text, ctx.lexicon, ctx.verbs), ctx)]
    if cue.party == "modified":
        return _epithet(tokens, i, j, ctx)
    if cue.party == "label":
        listed = _exemplified(tokens, j, ctx)
        if listed:
            return listed
        if j < len(tokens) and tokens[j].capitalized and joined(ctx, tokens[j - 1], tokens[j]):
            return [_head_phrase(tokens, j, ctx)]  # "serial liar Keith Ellison"
        return _predicated(tokens, i, ctx)
    if cue.party == "after" and j < len(tokens):
        return [trim(phrase_after(tokens, j, ctx.text, ctx.lexicon, ctx.verbs), ctx)]
    if cue.party in ("before", "subject") and i > 0:
        return _subject(tokens, i, ctx, passive=cue.party == "subject")
    if cue.party == "possessor":
        return _possessor(tokens, i, ctx)
    return []


def trim(party: Party, ctx: Context) -> Party:
    """Cut "militias on the headquarters" at the preposition; keep "officials in Damascus" (a name follows)."""
    for k in range(1, len(party)):
        if party[k].text[0].isdigit() and party[k - 1].capitalized:
            return party[:k]  # "fined Acme Corp 250 million euros": an amount after the name is no part of it
        if party[k].lower in ctx.lexicon.postmodifiers:
            name = k + 1
            while name < len(party) - 1 and party[name].lower in ctx.lexicon.determiners:
                name += 1  # "president of the Philippines"
            if not (name < len(party) and party[name].capitalized):
                return party[:k]
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


def entity(party: Party, sentence_first: Token | None, ctx: Context) -> Party:
    """The party if its head (last word) is a name, role or institution: not "lightning", not "11 terrorist"."""
    if not party or all(t.lower in ctx.rule.ignore or t.lower in ctx.lexicon.pronouns for t in party):
        return []
    if party[0].lower in ctx.rule.indefinites:
        return []  # "a shady developer", "a Marine was found guilty", "some rogue staffer": no one the article names
    # The head comes before a postmodifier: "leaders of Saudi Arabia", but "attacks in Europe" is no party.
    cut = next((k for k in range(1, len(party)) if party[k].lower in ctx.lexicon.postmodifiers), len(party))
    head = party[cut - 1]
    if head is sentence_first and not _named(head, ctx):
        return []  # "Lightning strikes", "Four of these": a sentence's first word is capitalised whatever it is
    if entity_word(head, head is party[0], ctx):
        return party
    # "the US-led coalition's aircraft": the thing belongs to the party, which is the possessor.
    owner = next((k for k in range(cut - 2, -1, -1) if party[k].text != party[k].bare), None)
    return party[: owner + 1] if owner is not None and entity_word(party[owner], owner == 0, ctx) else []


def negated(tokens: list[Token], i: int, cue: AccusationCue, ctx: Context) -> bool:
    """ "has never criticized", "did not steal", "denied lying": the sentence says the wrong was not done."""
    if cue.party in ("modified", "label", "possessor"):
        # An epithet or a possessor inside a noun phrase is asserted whatever its verb says ("never criticized
        # the repressive leaders"); only a predicate is denied ("is not corrupt", "is not a liar").
        k = _skip_adverbs_back(tokens, i)
        while k >= 0 and (tokens[k].lower in ctx.lexicon.predicate_articles or tokens[k].lower.endswith("ly")):
            k -= 1
        return k >= 0 and tokens[k].lower.replace("’", "'") in ctx.rule.negations
    for k in range(i - 1, max(-1, i - 1 - _SUPPOSITION_REACH), -1):
        if gap(ctx.text, tokens[k], tokens[k + 1]).strip(QUOTE_MARKS):
            return False  # "Hale, who has denied the charges, stole": a denial in another clause
        if i - k <= _NEGATION_REACH and tokens[k].lower.replace("’", "'") in ctx.rule.negations:
            return True
        if tokens[k].lower in ctx.rule.unasserted:
            return True  # "whether Acme violated", "may have broken the law": left open, not stated
        if tokens[k].lower in ctx.lexicon.clause_stops:
            return False  # "may face charges after Hale stole": the deed's own clause begins here
    return False

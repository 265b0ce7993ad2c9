"""Right of reply, the grammar: which entity a charge word is attached to.

A charge (rules/reply.yaml) names its party by where the party stands in the phrase around it, the cue's
`party` shape: the object of a charging verb ("accused X"), the subject of a wrongdoing verb ("X covered up",
"X seems intent on covering up", "X and Y lied"), the possessor of a wrongdoing noun ("X's invasion", "its
cover-up" with the pronoun resolved, "the attack from X"), the noun phrase an epithet modifies ("the myopic
Cardinal Kasper", "X is corrupt"), or the one a label is predicated of ("X is a liar", "called X a liar",
"sympathizers like X"). Each shape returns candidate phrases; `entity` then keeps the ones that are entities.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from provenance.core.attribution.sources import (
    phrase_after,
    phrase_before,
    skip_auxiliaries_back,
)
from provenance.core.stages.reply_phrase import (
    QUOTE_MARKS,
    Context,
    Party,
    entity,
    entity_word,
    head_phrase,
    joined,
    party_noun,
    skip_adverbs_back,
    token_index,
    trim,
)
from provenance.ruleset.rules import AccusationCue
from provenance.text.tokens import Token, gap, listed

_AGENT_REACH = 3  # tokens after the cue in which "by" may introduce the accused
_NEGATION_REACH = 3  # tokens before the cue in which "not", "never" deny it: "has never criticized"
_SUPPOSITION_REACH = 8  # tokens before the cue in which "whether", "may" leave it open: "whether Acme Corp violated"
_APPOSITION_MAX = 6  # words of an apposition between commas: ", 19,", ", a former director of the charity,"
_LABEL_REACH = 4  # words between an article and the label it opens: "a serial liar", "a rampant, vile xenophobe"
_EPITHET_SKIP = 4  # words of further adjectives after an epithet: "myopic and theologically tunnel-visioned X"
_LIST_MAX = 6  # names in a list after "such as": "CAIR, ISNA and MAS"
_ANTECEDENT_REACH = 40  # words back from "its", "his" in which its name is looked for
_CLAUSE_REACH = 25  # words back from "and" to the start of the clause whose verb it coordinates
_RELATIVE_REACH = 12  # words of a relative clause between commas: ", who has denied the charges,"

_POSSESSED_MODIFIERS = 2  # words between a possessor and its wrongdoing noun: "Clinton's private email scandal"
_ANSWER_REACH = 4  # words after an answer verb in which its object is looked for: "denied all of the allegations"
_ANSWER = AccusationCue("answer", (), "before")  # an answer is denied as a verb is: "has not disputed the charges"


def _lead_before(tokens: list[Token], k: int, ctx: Context) -> int:
    """Index before a catenative lead ending at tokens[k] ("seem intent on", "chose to"), else k."""
    for size in range(min(4, k + 1), 0, -1):
        words = tokens[k - size + 1 : k + 1]
        if " ".join(t.lower for t in words) in ctx.rule.leads and all(
            joined(ctx, a, b) for a, b in pairwise(words)
        ):
            return skip_adverbs_back(tokens, k - size + 1)
    return k


def _conjuncts(tokens: list[Token], phrase: Party, ctx: Context) -> list[Party]:
    """The phrase and, when "and" joins it to a phrase before ("the FBI and other investigators"), that one too."""
    if not phrase:
        return []
    first = token_index(tokens, phrase[0])
    if first < 2 or tokens[first - 1].lower not in ctx.lexicon.coordinators:
        return [phrase]
    if not joined(ctx, tokens[first - 2], tokens[first - 1]):
        return [phrase]
    before = phrase_before(tokens, first - 2, ctx.text, ctx.lexicon, ctx.verbs)
    lexicon = ctx.lexicon
    if not before or not _clause_opens(tokens, token_index(tokens, before[0]), ctx) or any(
        b.lower in lexicon.determiners and a.lower not in lexicon.postmodifiers for a, b in pairwise(before)
    ):
        return [phrase]  # "Police searched the offices and Acme hid", "lied to the FBI and she lied": an object
    names = [t for t in phrase if t.capitalized]
    if (len(before) == 1 and before[0].capitalized and len(names) == 2 == len(phrase)
            and names[-1].lower not in lexicon.institutions and " ".join(t.bare for t in names) not in lexicon.places):
        return [tokens[first - 2 : token_index(tokens, phrase[-1]) + 1]]  # "Dwight and Steven Hammond": one family
    return [phrase, before]


def _clause_opens(tokens: list[Token], k: int, ctx: Context) -> bool:
    """Whether a clause begins at tokens[k]: after a subordinator, a reporting verb, a quote mark or a semicolon."""
    if k == 0:
        return True
    before, gap_before = tokens[k - 1].lower, gap(ctx.text, tokens[k - 1], tokens[k])
    return before in ctx.rule.subordinators or before in ctx.verbs or any(c in gap_before for c in ";:—“”\"")


def _coordinated(tokens: list[Token], k: int, ctx: Context) -> list[Party]:
    """For a verb after "and" at tokens[k] ("Cole approved the deal and covered up the audit"): its clause's subject."""
    start = k
    while start > 0 and k - start < _CLAUSE_REACH and not _clause_opens(tokens, start, ctx):
        start -= 1
    if not _clause_opens(tokens, start, ctx):
        return []
    if start and ctx.lexicon.pronouns.get(tokens[start - 1].lower) == "relative" and start > 1:
        # "Brandt, who approved the contracts and hid the payments": the relative's antecedent.
        return [phrase_before(tokens, _before_apposition(tokens, start - 2, ctx), ctx.text, ctx.lexicon, ctx.verbs)]
    phrase = head_phrase(tokens, start, ctx)
    last = token_index(tokens, phrase[-1]) if phrase else k
    comma = next((c for c in range(last + 1, min(k, last + _APPOSITION_MAX)) if ","
                  in gap(ctx.text, tokens[c - 1], tokens[c])), None) if phrase else None
    if comma is not None and tokens[comma].capitalized:
        # "the owner of the club, Andrés Vidal, was arrested and charged": the name the apposition gives.
        name = head_phrase(tokens, comma, ctx)
        end = token_index(tokens, name[-1]) if name else k
        if name and end + 1 < k and "," in gap(ctx.text, tokens[end], tokens[end + 1]):
            return [name]
    return [phrase] if last + 1 < k else []  # a verb and its object stand between the subject and "and"


def _subject(tokens: list[Token], i: int, ctx: Context, passive: bool) -> list[Party]:
    """The subject before the cue at tokens[i]; a passive ("were killed") has its victims there, not the accused."""
    k = _lead_before(tokens, skip_adverbs_back(tokens, i), ctx)
    while k > 0 and tokens[k].lower in ctx.rule.fillers:
        k -= 1  # "and then hid", "and also lied"
    if k > 0 and tokens[k].lower in ctx.lexicon.coordinators and tokens[k + 1].lower not in ctx.rule.passive:
        return _coordinated(tokens, k, ctx)
    if k >= 0 and tokens[k].lower in ctx.rule.passive and not passive:
        return []
    if k >= 0 and "," in gap(ctx.text, tokens[k], tokens[k + 1]):
        if tokens[k + 1].lower.endswith("ing"):
            # "Security forces fired on the crowd, killing three": a participle after a comma has its clause's subject.
            return _coordinated(tokens, k + 1, ctx)
        # A finite verb after a relative clause set off by commas has the relative's noun ("Hale, who has denied the
        # charges, stole"); after an apposition, the name it gives or the one it describes ("Hale, 52, stole").
        relative = _before_relative(tokens, k, ctx)
        k = relative if relative >= 0 else _apposed(tokens, k, ctx)
        if k < 0:
            return []
    end = skip_auxiliaries_back(tokens, k + 1, ctx.lexicon, ctx.text)
    while end >= 0 and (tokens[end].lower in ctx.rule.passive or tokens[end].lower in ctx.rule.copulas):
        end = skip_auxiliaries_back(tokens, end, ctx.lexicon, ctx.text)  # "has been charged", "is being"
    if end < 0:
        return []
    if end + 1 < len(tokens) and "," in gap(ctx.text, tokens[end], tokens[end + 1]):
        # "Helen Marsh, 52, who founded the trust, is accused of": the auxiliary follows the relative clause.
        relative = _before_relative(tokens, end, ctx)
        end = relative if relative > 0 else end
    if end > 0 and ctx.lexicon.pronouns.get(tokens[end].lower) == "relative":
        end -= 1  # "Luis Ferrer, who is suspected of", "the officer who was charged": the relative's antecedent
    phrase = phrase_before(tokens, _before_apposition(tokens, end, ctx), ctx.text, ctx.lexicon, ctx.verbs)
    first = token_index(tokens, phrase[0]) if phrase else 0
    if first and tokens[first - 1].lower in ctx.lexicon.postmodifiers and joined(ctx, tokens[first - 1], phrase[0]):
        # "a Russian missile strike on a market killed": the noun the prepositional phrase follows is the subject;
        # "aliens removed from the interior of the United States had been convicted": no noun phrase, no subject.
        head = phrase_before(tokens, first - 2, ctx.text, ctx.lexicon, ctx.verbs) if first > 1 else []
        return [head + tokens[first - 1 : end + 1]] if head and joined(ctx, head[-1], tokens[first - 1]) else []
    return _conjuncts(tokens, phrase, ctx)


def _apposed(tokens: list[Token], k: int, ctx: Context) -> int:
    """For an apposition ending at tokens[k]: its end when it gives a name ("the treasurer, Graham Pell,"), else the end
    of the phrase it describes ("Hale, 52,"); -1 when no comma opens one."""
    for r in range(k, max(0, k - _APPOSITION_MAX), -1):
        if "," in gap(ctx.text, tokens[r - 1], tokens[r]):
            named = any(t.capitalized for t in tokens[r + 1 : k + 1])
            return k if named else r - 1
        if gap(ctx.text, tokens[r - 1], tokens[r]).strip(QUOTE_MARKS):
            return -1
    return -1


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
        phrase = head_phrase(tokens, k, ctx)
        if not phrase:
            break
        found.append(phrase)
        k = token_index(tokens, phrase[-1]) + 1
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
    if i > 1 and tokens[i - 1].lower in ctx.rule.copulas and tokens[i].lower.endswith("s"):
        return _copular(tokens, i - 1, ctx)  # "Acme Corp are crooks": a plural label takes no article
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
    k = skip_adverbs_back(tokens, i)
    if k >= 0 and tokens[k].lower in ctx.rule.copulas:
        return _copular(tokens, k, ctx)
    if k >= 0 and tokens[k].lower in ctx.lexicon.predicate_articles:
        return _predicated(tokens, i, ctx)  # "X is a corrupt official": said of X, as a label is
    if k >= 0 and tokens[k].lower in ctx.rule.indefinites:
        return []  # "some rogue staffer": no one in particular
    named = next((n for n in range(k, max(-1, k - _LABEL_REACH), -1) if tokens[n].lower in ctx.rule.naming_verbs), None)
    if named is not None and named < k:
        noun = j < len(tokens) and joined(ctx, tokens[j - 1], tokens[j]) and (
            tokens[j].capitalized or party_noun(tokens[j].lower, ctx))
        if not noun:
            return [tokens[named + 1 : k + 1]]  # "called the party criminal", "branded Cole corrupt": its object
    # Further adjectives may follow before the noun: "myopic and theologically tunnel-visioned Cardinal Kasper".
    start = j
    while (start < len(tokens) and start - j < _EPITHET_SKIP and not tokens[start].capitalized
           and not party_noun(tokens[start].lower, ctx) and joined(ctx, tokens[start - 1], tokens[start])
           and (tokens[start].lower in ctx.lexicon.coordinators or start > j)):
        start += 1
    if start > j and (start >= len(tokens) or not tokens[start].capitalized):
        start = j  # no name after the skipped words ("fascist and authoritarian leaders"): no one in particular
    return [head_phrase(tokens, start, ctx)] if start < len(tokens) else []


def _possessor(tokens: list[Token], i: int, ctx: Context) -> list[Party]:
    """ "the real goal behind Washington's", "its cover-up": the possessor's name, a pronoun resolved before it."""
    if i == 0 or gap(ctx.text, tokens[i - 1], tokens[i]).strip(QUOTE_MARKS):
        return []
    k = i - 1
    lexicon = ctx.lexicon
    # "its cunning cover-up", "Clinton's email scandal": modifiers between the possessor and the noun.
    while (k > 0 and i - k <= _POSSESSED_MODIFIERS and not tokens[k].capitalized and not _possessive(tokens, k, ctx)
           and not any(tokens[k].lower in closed for closed in (lexicon.determiners, lexicon.postmodifiers,
                                                               lexicon.clause_stops, lexicon.possessive_determiners))
           and joined(ctx, tokens[k - 1], tokens[k])):
        k -= 1
    if tokens[k].lower in lexicon.possessive_determiners:
        return [antecedent(tokens, k, ctx)]
    if not _possessive(tokens, k, ctx):
        return []
    end = k + 1
    while k > 0 and tokens[k - 1].capitalized and not gap(ctx.text, tokens[k - 1], tokens[k]).strip():
        k -= 1
    return [tokens[k:end]]


def _possessive(tokens: list[Token], k: int, ctx: Context) -> bool:
    """Whether tokens[k] is a possessive: "Clinton's", or a plural with its apostrophe after it ("the trustees'")."""
    if tokens[k].text != tokens[k].bare:
        return True
    after = gap(ctx.text, tokens[k], tokens[k + 1]).strip() if k + 1 < len(tokens) else ""
    return tokens[k].lower.endswith("s") and after in ("'", "’")


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


def _whole_name(tokens: list[Token], party: Party, ctx: Context) -> Party:
    """The party with the rest of its name: "fined the Reform Now campaign" (a time word inside a name)."""
    if not party or not party[-1].capitalized:
        return party
    end = token_index(tokens, party[-1]) + 1
    while end < len(tokens) and tokens[end].capitalized and joined(ctx, tokens[end - 1], tokens[end]):
        end += 1
    return party + tokens[token_index(tokens, party[-1]) + 1 : end]


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
            return [head_phrase(tokens, j, ctx)]  # "serial liar Keith Ellison"
        return _predicated(tokens, i, ctx)
    if cue.party == "after" and j < len(tokens):
        return [_whole_name(tokens, trim(phrase_after(tokens, j, ctx.text, ctx.lexicon, ctx.verbs), ctx), ctx)]
    if cue.party in ("before", "subject") and i > 0:
        return _subject(tokens, i, ctx, passive=cue.party == "subject")
    if cue.party == "possessor":
        return _possessor(tokens, i, ctx)
    return []


def negated(tokens: list[Token], i: int, cue: AccusationCue, ctx: Context) -> bool:
    """ "has never criticized", "did not steal", "denied lying": the sentence says the wrong was not done."""
    if cue.party in ("modified", "label", "possessor"):
        # An epithet or a possessor inside a noun phrase is asserted whatever its verb says ("never criticized
        # the repressive leaders"); only a predicate is denied ("is not corrupt", "is not a liar").
        k = skip_adverbs_back(tokens, i)
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

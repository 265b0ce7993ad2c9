"""Find the source phrase next to a cue: backwards ("Zakharova said") or forwards ("said Zakharova")."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import Token, gap

_MAX_PHRASE = 9  # tokens; longer stretches are clauses, not source phrases
_OPENING = '“"‘«(['
_NAME_LINK_REACH = 4  # capitalised words between a name's "of" and its "and": "Energy Security"


def _allowed(token: Token, lexicon: SpeakerLexiconRule, verbs: dict[str, object]) -> bool:
    low = token.lower
    return not (low in lexicon.clause_stops or low in verbs or low in lexicon.auxiliaries)


def _time(tokens: list[Token], j: int, neighbour: int, lexicon: SpeakerLexiconRule) -> bool:
    """A time word ("said Friday") ends a source phrase unless it sits inside a name ("Morning Consult")."""
    token = tokens[j]
    if token.lower not in lexicon.time_words:
        return False
    # "Morning Consult": inside a name; "Last Friday Trump said": "Last" opens a time phrase, no name.
    inside = 0 <= neighbour < len(tokens) and token.capitalized and tokens[neighbour].capitalized
    return not (inside and tokens[neighbour].lower not in lexicon.time_leads)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two words belong to one phrase: only spaces between them, or a slash between names ("CNN/ORC")."""
    between = gap(text, left, right).strip()
    return not between or (between == "/" and left.capitalized and right.capitalized)


def _is_head(token: Token, lexicon: SpeakerLexiconRule) -> bool:
    low = token.lower
    listed = low in lexicon.anonymous or low in lexicon.roles or low in lexicon.institutions
    # "Republican lawmakers in Austin", "critics in the party": a group noun takes a modifier too.
    return token.capitalized or listed or low in lexicon.group_nouns or low in lexicon.vague


def _tie_ending(tokens: list[Token], j: int, lexicon: SpeakerLexiconRule) -> int:
    """Length of a source tie ("familiar with", "close to") ending at tokens[j] right after a source's head, or 0."""
    for size in (3, 2):
        k = j - size + 1
        words = " ".join(t.lower for t in tokens[k : j + 1]) if k > 0 else ""
        if words in lexicon.source_ties and _is_head(tokens[k - 1], lexicon):
            return size
    return 0


@lru_cache(maxsize=8)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word of every multi-word phrase: most tokens end none, and are dismissed by one set lookup."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases if " " in p)


def _role_ending(tokens: list[Token], j: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """Length of a multi-word role ("secretary of state") ending at tokens[j], or 0."""
    if tokens[j].lower not in _last_words(lexicon.roles):
        return 0
    for size in (3, 2):
        words = tokens[j - size + 1 : j + 1] if j - size + 1 >= 0 else []
        joined = all(_joined(text, a, b) for a, b in pairwise(words))
        if words and joined and " ".join(t.lower for t in words) in lexicon.roles:
            return size
    return 0


def _of_name(tokens: list[Token], j: int, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the coordinator at tokens[j] joins two capitalised nouns inside an institution's "of"/"for" phrase
    ("Ministry of Economy and Finance", "Department for Energy Security and Net Zero")."""
    k = j - 1
    while k >= 0 and j - k <= _NAME_LINK_REACH and tokens[k].capitalized and _joined(text, tokens[k], tokens[k + 1]):
        k -= 1  # back over the capitalised words after the link: "Energy Security"
    if k == j - 1 or k < 1 or tokens[k].lower not in lexicon.postmodifiers:
        return False
    head = tokens[k - 1]
    return head.capitalized and head.lower in lexicon.institutions and _joined(text, head, tokens[k])


def _and_name(tokens: list[Token], j: int, found: list[Token], text: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the coordinator at tokens[j] joins two capitalised words of one body's name that ends in an
    institution noun ("the Independent Electoral and Boundaries Commission", "the Disaster and Emergency
    Management Authority"): capitalised words on both sides, the name's last word an institution noun."""
    if j < 1 or not found or not all(t.capitalized for t in found) or found[-1].lower not in lexicon.public_bodies:
        return False
    before = tokens[j - 1]
    return before.capitalized and _joined(text, before, tokens[j]) and _joined(text, tokens[j], found[0])


def skip_auxiliaries_back(tokens: list[Token], i: int, lexicon: SpeakerLexiconRule, text: str) -> int:
    """Index of the last token before tokens[i] that is not an auxiliary ("has also", "went on to")."""
    j = i - 1
    while j >= 0:
        if gap(text, tokens[j], tokens[j + 1]).strip():
            break
        for size in (3, 2, 1):
            words = " ".join(t.lower for t in tokens[max(0, j - size + 1) : j + 1])
            if j - size + 1 >= 0 and words in lexicon.auxiliaries:
                j -= size
                break
        else:
            break
    return j


def _article_leads(lexicon: SpeakerLexiconRule) -> frozenset[str]:
    """Words that may stand before an article inside one source phrase: prepositions and quantifiers ("speakers at
    the service", "all the officials"); any other word there is a verb that ends the phrase."""
    return union(
        lexicon.determiners, lexicon.universals, lexicon.postmodifiers, lexicon.document_makers,
        lexicon.participle_leads, lexicon.role_links, lexicon.time_leads, lexicon.coordinators,
    )


@lru_cache(maxsize=8)
def union(*words: frozenset[str]) -> frozenset[str]:
    """One set of several word lists, built once per lexicon (a frozenset keeps its hash, so the lookup is cheap)."""
    return frozenset().union(*words)


def phrase_before(
    tokens: list[Token], end: int, text: str, lexicon: SpeakerLexiconRule, verbs: dict[str, object]
) -> list[Token]:
    """The source phrase ending at tokens[end] (inclusive), scanning back to a clause boundary."""
    if end >= 0 and tokens[end].lower in lexicon.articles:
        return []  # "officials familiar with the talks said": after an article the next word is its noun, not a verb
    found: list[Token] = []
    j = end
    while j >= 0 and len(found) < _MAX_PHRASE:
        token = tokens[j]
        if found and not _joined(text, token, found[0]):
            break  # punctuation between words ends the phrase
        low = token.lower
        if found and found[0].lower in lexicon.determiners and low in lexicon.time_words:
            break  # "On Monday the White House said": the time phrase is not part of the source
        if found and (tie := _tie_ending(tokens, j, lexicon)):
            found[:0] = tokens[j - tie + 1 : j + 1]  # "a source familiar with | the matter"
            j -= tie
            continue
        joins_name = _of_name(tokens, j, text, lexicon) or _and_name(tokens, j, found, text, lexicon)
        if low in lexicon.coordinators and found and found[0].capitalized and joins_name:
            found.insert(0, token)  # "Ministry of Economy and Finance": a name's "of" phrase may join two nouns
            j -= 1
            continue
        linked = low in lexicon.role_links and j > 0 and tokens[j - 1].lower in lexicon.roles
        if (low in lexicon.postmodifiers or linked) and found and j > 0 and _is_head(tokens[j - 1], lexicon):
            found.insert(0, token)
            j -= 1
            continue
        if found and found[0].lower in lexicon.articles and low not in _article_leads(lexicon):
            break  # "the New York Times ran | a story claiming": an article opens its noun phrase; before it is a verb
        modifier = (
            bool(found) and low in verbs and (found[0].lower in lexicon.institutions or found[0].lower in lexicon.roles)
        )  # "state TV"
        # "The Washington Post reported": a capitalised verb form after a capitalised word is part of a name.
        named = token.capitalized and j > 0 and tokens[j - 1].capitalized and token.lower in verbs
        if (size := _role_ending(tokens, j, text, lexicon)) and low in verbs:
            found[:0] = tokens[j - size + 1 : j + 1]  # "the former secretary of state said": a role, not a verb
            j -= size
            continue
        # "familiar with the talks said": after an article a verb form is a noun of the phrase.
        nominal = low in verbs and j > 0 and tokens[j - 1].lower in lexicon.articles
        stop = not _allowed(token, lexicon, verbs) or _time(tokens, j, j - 1, lexicon)
        if stop and not (modifier or named or nominal):
            break
        found.insert(0, token)
        j -= 1
    while found and found[0].lower in lexicon.postmodifiers:
        found.pop(0)
    return found


def phrase_after(
    tokens: list[Token], start: int, text: str, lexicon: SpeakerLexiconRule, verbs: dict[str, object]
) -> list[Token]:
    """The source phrase starting at tokens[start], up to punctuation or a clause word (or a verb)."""
    return _phrase_after(tokens, start, text, lexicon, verbs)


def noun_phrase_after(tokens: list[Token], start: int, text: str, lexicon: SpeakerLexiconRule) -> list[Token]:
    """After "according to" no verb can follow, so "talk radio host" and "poll shows" words are nouns."""
    return _phrase_after(tokens, start, text, lexicon, {})


def _phrase_after(
    tokens: list[Token], start: int, text: str, lexicon: SpeakerLexiconRule, verbs: dict[str, object]
) -> list[Token]:
    found: list[Token] = []
    j = start
    while j < len(tokens) and len(found) < _MAX_PHRASE:
        token = tokens[j]
        if found and not _joined(text, found[-1], token):
            break
        named = token.capitalized and bool(found) and found[-1].capitalized and token.lower in verbs
        # "Brazil's ambassador to France": after a role a link word opens what the role is for.
        linked = token.lower in lexicon.role_links and bool(found) and found[-1].lower in lexicon.roles
        modifier = token.lower in lexicon.postmodifiers and bool(found)
        if not _allowed(token, lexicon, verbs) and not modifier and not named and not linked:
            break
        if _time(tokens, j, j + 1, lexicon):
            break
        found.append(token)
        j += 1
    while found and (found[-1].lower in lexicon.postmodifiers or found[-1].lower in lexicon.determiners):
        found.pop()
    return found


def appositive_name(
    tokens: list[Token], phrase: list[Token], text: str, lexicon: SpeakerLexiconRule, verbs: dict[str, object]
) -> list[Token]:
    """For "Smith, the spokesman, said": the name before a role-only phrase set off by commas."""
    first = tokens.index(phrase[0])
    if first == 0 or gap(text, tokens[first - 1], phrase[0]).strip() != ",":
        return phrase
    before = phrase_before(tokens, first - 1, text, lexicon, verbs)
    if before and before[-1].capitalized and not any(t.lower in lexicon.determiners for t in before[:1]):
        return before
    return phrase


def opens_quote(text: str, offset: int) -> bool:
    """Whether the first non-space character at or after offset opens a quotation."""
    rest = text[offset : offset + 4].lstrip(" ,:\u00a0")
    return bool(rest) and rest[0] in _OPENING

"""Where the subject of a reporting verb ends, looking back past auxiliaries, adverbs and parentheticals."""

from __future__ import annotations

from provenance.core.attribution.sources import skip_auxiliaries_back
from provenance.core.attribution.verbuse import participle
from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import DASHES, Token, gap

_APPOSITIVE_MAX = 10  # words in "X, an oversight panel member of the House, said"
_DASHED_MAX = 30  # words in a parenthesis set off by dashes
_AGENT_MAX = 5  # words in the agent of a reduced relative ("seen by The Washington Post")


def subject_end(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """Index of the subject's last token before the cue tokens[i], or -1 when punctuation intervenes."""
    j = skip_auxiliaries_back(tokens, i, lexicon, text)
    if (k := _before_time_phrase(tokens, j, text, lexicon)) != j:
        j = skip_auxiliaries_back(tokens, k + 1, lexicon, text)
    if 0 <= j < i and not gap(text, tokens[j], tokens[j + 1]).strip():
        j = _before_reduced_relative(tokens, j, text, lexicon)
    if j == i - 1 and j > 0 and tokens[j].lower in lexicon.vague and tokens[j - 1].lower in lexicon.passive:
        # "Frontpage is most confident that …": after a copula a quantifier is a degree adverb, not the subject.
        j = skip_auxiliaries_back(tokens, j, lexicon, text)
    if j < 0:
        return -1
    between = gap(text, tokens[j], tokens[j + 1] if j + 1 < i else tokens[i]).strip(" \u00a0")
    if between == ",":
        return past_appositive(tokens, j + 1, text, lexicon)  # the appositive ends before any auxiliaries
    if not between:
        return j
    if between in DASHES:
        return _before_dashes(tokens, j, text)
    if between.replace(".", "") == ")":
        # "Gov. Mike Pence (R-Ind.) said": the party-and-state tag sits between the name and the verb.
        return _before_parenthetical(tokens, j, text)
    return -1


def manner_adverb(token: Token) -> bool:
    """A lower-case word in -ly that may be an adverb before the verb ("Manafort politely suggested")."""
    return len(token.text) > 4 and token.text.endswith("ly") and token.text.islower()


def verb_group_start(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """Index of the first word of the cue's verb group: auxiliaries and a time phrase before it ("Trump, whose
    views …, last year proposed", "Christie, who …, on Sunday has defended")."""
    j = skip_auxiliaries_back(tokens, i, lexicon, text)
    if (k := _before_time_phrase(tokens, j, text, lexicon)) != j:
        j = skip_auxiliaries_back(tokens, k + 1, lexicon, text)
    return j + 1


def _before_time_phrase(tokens: list[Token], j: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """For "Feinstein last week said": the index before a time phrase ending at tokens[j], else j itself."""
    if j < 1 or not (tokens[j].lower in lexicon.time_words or _year(tokens[j])):
        return j
    k = j
    while k >= 0 and not gap(text, tokens[k], tokens[k + 1]).strip(" \u00a0"):
        word = tokens[k].lower
        if not (word in lexicon.time_words or word in lexicon.time_leads or word.isdigit()):
            break
        k -= 1
    # A subject must come before the time phrase: "In 2015 said" or "… that on Tuesday said" have none.
    return j if k < 0 or tokens[k].lower in lexicon.clause_stops else k


def _before_reduced_relative(tokens: list[Token], j: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """For "A poll released Wednesday found", "Emails seen by Reuters show": the index of the noun that a past
    participle (with its time phrase, already skipped, or its "by" agent) modifies, else j itself."""
    m = j
    by = next((k for k in range(j - 1, max(j - _AGENT_MAX, 1) - 1, -1) if tokens[k].lower == "by"), None)
    if by is not None:
        m = by - 1  # the participle before "by Reuters", "by The Washington Post"
        if tokens[m].lower not in lexicon.access_participles:
            return j  # "a statement issued by the ministry said": the agent is who speaks
    elif not _participle(tokens[j], lexicon):
        return j
    if m < 1 or not _participle(tokens[m], lexicon) or any(
        gap(text, tokens[k], tokens[k + 1]).strip() for k in range(m - 1, j)
    ):
        return j
    noun = tokens[m - 1]
    # The noun is the subject's head: a lower-case noun ("poll", "emails", a sentence's first "Documents"), not a
    # name that acts ("Trump released").
    common = noun.text.islower() or (m == 1 and noun.text[1:].islower())
    if not noun.text.isalpha() or not common or noun.lower in lexicon.clause_stops:
        return j
    return m - 1


def _participle(token: Token, lexicon: SpeakerLexiconRule) -> bool:
    return token.text.islower() and participle(token, lexicon)  # "released", "seen"; not a capitalised name


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def past_appositive(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """For "Rep. Jim Jordan (R-Ohio), an oversight panel member, said" and "Quina Jones, 25, said": the end of
    the name before a comma-delimited appositive that ends right before the cue, or -1."""
    k = i - 1
    while k > 0 and i - k <= _APPOSITIVE_MAX and not gap(text, tokens[k - 1], tokens[k]).strip(" \u00a0").endswith(","):
        k -= 1
    if k <= 0 or i - k > _APPOSITIVE_MAX:
        return -1
    first = tokens[k]
    if " ".join(t.lower for t in tokens[k:i]) in lexicon.parentheticals:
        # "Younger black voters, in particular, have expressed": a parenthetical, then the subject before it.
        end = k - 1
        return end if end >= 0 and not gap(text, tokens[end], tokens[k]).strip(" \u00a0")[:-1].strip() else -1
    # The appositive describes: "an oversight panel member", "the spokesman", "25", "a Democrat from Ohio".
    if not (first.lower in lexicon.determiners or first.text.isdigit() or first.lower in lexicon.roles):
        return -1
    end = k - 1
    tail = gap(text, tokens[end], tokens[k]).strip(" \u00a0")[:-1].strip(" \u00a0")
    if tail.replace(".", "") == ")":
        end = _before_parenthetical(tokens, end, text)
    elif tail:
        return -1
    return end if end >= 0 and tokens[end].capitalized else -1


def _before_dashes(tokens: list[Token], j: int, text: str) -> int:
    """For "Podesta — Bill Clinton's former chief of staff — offered": the last token before the opening dash of
    the parenthesis that ends at tokens[j], or -1."""
    k = j
    while k > 0 and j - k < _DASHED_MAX:
        between = gap(text, tokens[k - 1], tokens[k]).strip(" \u00a0")
        if between in DASHES:
            return k - 1
        if between and between != ",":
            break  # other punctuation first: the dash ends something else ("the 2008 race. — said")
        k -= 1
    return -1


def _before_parenthetical(tokens: list[Token], j: int, text: str) -> int:
    """The last token before the "(…)" that tokens[j] closes, or -1."""
    opening = text.rfind("(", 0, tokens[j].start + 1)
    k = j
    while k >= 0 and tokens[k].start > opening:
        k -= 1
    return k if opening != -1 and k >= 0 and not text[tokens[k].end : opening].strip(" \u00a0") else -1


def relative_antecedent(tokens: list[Token], j: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """For "the architect who said": the index of the token before the relative pronoun at j, or -1."""
    if j < 1:
        return -1
    between = gap(text, tokens[j - 1], tokens[j]).strip(" \u00a0")
    if not between and tokens[j - 1].lower in lexicon.coordinators:
        # "Cruz, who last year threatened …, and who has been hoping": the same antecedent as the first "who".
        earlier = next((k for k in range(j - 2, 0, -1) if tokens[k].lower == tokens[j].lower), -1)
        return relative_antecedent(tokens, earlier, text, lexicon) if earlier > 0 else -1
    # "Graham—who had previously endorsed", "David Duke (who endorses": a dash or bracket before the pronoun.
    return j - 1 if between in ("", ",", "(", *DASHES) else -1

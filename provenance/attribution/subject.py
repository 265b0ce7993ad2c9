"""Where the subject of a reporting verb ends, looking back past auxiliaries, adverbs and parentheticals."""

from __future__ import annotations

from provenance.attribution.sources import skip_auxiliaries_back
from provenance.attribution.tokens import Token, gap
from provenance.ruleset.rules import SpeakerLexiconRule


def subject_end(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> int:
    """Index of the subject's last token before the cue tokens[i], or -1 when punctuation intervenes."""
    j = skip_auxiliaries_back(tokens, i, lexicon, text)
    if j < 0:
        return -1
    between = gap(text, tokens[j], tokens[j + 1] if j + 1 < i else tokens[i]).strip(" \u00a0")
    if not between:
        return j
    if between.replace(".", "") == ")":
        # "Gov. Mike Pence (R-Ind.) said": the party-and-state tag sits between the name and the verb.
        opening = text.rfind("(", 0, tokens[j].start)
        k = j
        while k >= 0 and tokens[k].start > opening:
            k -= 1
        if opening != -1 and k >= 0 and not text[tokens[k].end : opening].strip(" \u00a0"):
            return k
    return -1


def relative_antecedent(tokens: list[Token], j: int, text: str) -> int:
    """For "the architect who said": the index of the token before the relative pronoun at j, or -1."""
    if j < 1:
        return -1
    between = gap(text, tokens[j - 1], tokens[j]).strip(" \u00a0")
    return j - 1 if between in ("", ",") else -1

"""Whether a word that can be a reporting verb is used as one here ("said" yes, "the report" no)."""

from __future__ import annotations

from provenance.core.attribution.mention import Mention
from provenance.core.attribution.sources import opens_quote
from provenance.model import Span, SpeakerKind
from provenance.ruleset.rules import SpeakerLexiconRule, VerbCue
from provenance.text.tokens import Token, gap


def title_case(tokens: list[Token]) -> bool:
    """A headline in title case ("Obama Says Museum Will Tell …"), where capitals say nothing about names."""
    return sum(t.capitalized for t in tokens) >= 0.7 * len(tokens)


def _headline_verb(tokens: list[Token], i: int, text: str) -> bool:
    """For "Trump Calls Out Cruz", "New Poll Finds …": in a title-case headline an -s form straight after a name
    is its verb; after a possessive ("Trump's Claims") or a determiner it stays a noun."""
    prev = tokens[i - 1]
    singular_subject = not prev.lower.endswith("s") or prev.lower.endswith("ss")
    return tokens[i].lower.endswith("s") and singular_subject and not gap(text, prev, tokens[i]).strip()


def noun_context(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """For a form that is also a noun ("report", "plan"): what follows shows the noun ("the Times report,")."""
    rest = text[tokens[i].end : tokens[i].end + 3].lstrip(" \u00a0")
    if rest[:1] in (".", "!", "?") and tokens[i].lower.endswith("s") and i > 0 and tokens[i - 1].capitalized:
        return False  # "…, The Wall Street Journal reports.": a verb closing its sentence
    if not rest or rest[0] in ".,;:)!?—–-":
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or gap(text, tokens[i], nxt).strip() or nxt.capitalized:
        return False
    low = nxt.lower
    function_word = low in lexicon.determiners or low in lexicon.pronouns or low in lexicon.clause_stops
    return not (function_word or low in lexicon.auxiliaries or low in lexicon.postmodifiers)


def participle(token: Token, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a word can be a past participle: a regular -ed/-en/-wn form or a listed one ("said", "told")."""
    return token.lower.endswith(("ed", "en", "wn")) or token.lower in lexicon.participles


def _passive(tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    k = i - 1
    while k >= 0 and (tokens[k].lower in lexicon.passive or tokens[k].lower in lexicon.auxiliaries):
        if tokens[k].lower in lexicon.passive:
            return True
        k -= 1
    return False


def _reduced_relative(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the participle at tokens[i] (i > 0) sits between a common noun and a "by" agent, with no spaces
    filled by punctuation: "a statement issued by the ministry", "emails seen by Reuters"."""
    prev, nxt = tokens[i - 1], tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.lower != "by" or gap(text, prev, tokens[i]).strip() or gap(text, tokens[i], nxt).strip():
        return False
    noun = prev.text.isalpha() and prev.text.islower()
    return noun and prev.lower not in lexicon.clause_stops and prev.lower not in lexicon.auxiliaries


def unsourced_use(tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    """For "Trump is expected to win" and "Asked whether …, she said": a participle in the passive, or opening
    its sentence (after at most "when", "if"), whose source the sentence does not name."""
    if not participle(tokens[i], lexicon):
        return False
    opening = all(t.lower in lexicon.clause_stops or t.lower in lexicon.passive for t in tokens[:i])
    inverted = i + 1 < len(tokens) and tokens[i + 1].capitalized  # "Said Ellis: …" names its source after the cue
    return (opening and not inverted) or _passive(tokens, i, lexicon)


def bare_passive(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """For "Trump has been criticized for …", "it was revealed in March that …": a reporting verb in the passive
    whose agent may go unnamed; the cue still reports someone's words about the subject."""
    if not (participle(tokens[i], lexicon) and _passive(tokens, i, lexicon)):
        return False
    # "The deal was announced.", "was shown to the jury": a passive that ends its clause or goes on to a
    # recipient or an infinitive reports an event more often than words.
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or gap(text, tokens[i], nxt).strip() or nxt.lower == "to":
        return False
    k = i - 1
    while k >= 0 and (tokens[k].lower in lexicon.passive or tokens[k].lower in lexicon.auxiliaries):
        k -= 1
    first = tokens[k + 1].lower
    # "yet to be called", "against being pushed": a passive with no finite verb reports no act of saying.
    return not (first == "being" or (first == "be" and k >= 0 and tokens[k].lower == "to"))


def headline_passive(tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    """For a cue in a headline: whether it is a passive with its "was" dropped, a participle with no object followed
    by a clause of time or cause ("Teenager charged after stabbing") or by the preposition its passive takes
    ("Council accused of hiding report", "Minister criticised over delays")."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    leads = (lexicon.subordinators, lexicon.participle_leads, lexicon.headline_passive_leads)
    return tokens[i].lower.endswith("ed") and any(nxt in words for words in leads)


def passive_agent(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> int | None:
    """For "was first reported by The Washington Post": the index of the agent's first token, else None."""
    token = tokens[i]
    if i + 2 >= len(tokens) or not participle(token, lexicon) or not _passive(tokens, i, lexicon):
        return None
    by = tokens[i + 1]
    if by.lower != "by" or gap(text, token, by).strip() or gap(text, by, tokens[i + 2]).strip():
        return None
    return i + 2 if tokens[i + 2].capitalized else None  # a named agent: "by critics" stays a passive


def verb_use(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule, verb: VerbCue) -> bool:
    """False when the context shows tokens[i] is a noun, a name, a passive or an infinitive."""
    token = tokens[i]
    # "the United States", "The Washington Post": a capital mid-sentence is a name, not a verb, except
    # in a title-case headline ("Obama Says …"), where only forms that cannot be nouns count.
    capital = i > 0 and token.capitalized and not opens_quote(text, tokens[i - 1].end)
    if capital and (not title_case(tokens) or (token.lower in verb.noun_forms and not _headline_verb(tokens, i, text))):
        return False
    if participle(token, lexicon) and _passive(tokens, i, lexicon):
        return False  # "militiamen were attacked by …", "was first reported by": the subject is not the speaker
    prev = tokens[i - 1] if i else None
    if prev is not None and participle(token, lexicon) and _reduced_relative(tokens, i, text, lexicon):
        return False  # "a statement issued by the ministry said": the participle modifies the noun before it
    if prev is not None and not gap(text, prev, token).strip():
        # "the report", "a statement": a noun, not a verb; but "some say", "many note that": a vague subject.
        vague_subject = prev.lower in lexicon.vague and not noun_context(tokens, i, text, lexicon)
        # "another says", "the two write": a form that can be neither a noun nor an adjective makes the
        # determiner before it a pronoun subject.
        verb_only = token.lower not in verb.noun_forms and not token.lower.endswith(("ing", "ed", "en", "wn"))
        if prev.lower in lexicon.determiners and not vague_subject and not verb_only:
            return False
        # "yet to comment", "wants to say": an infinitive is no act of saying, unless a catenative listed with the
        # auxiliaries carries it ("went on to say", "continues to insist", "was quick to point out").
        catenative = any(" ".join(t.lower for t in tokens[i - n : i]) in lexicon.auxiliaries for n in (2, 3) if i >= n)
        if prev.lower == "to" and not catenative:
            return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # Only a form that can be a noun or an adjective modifies the next noun ("state TV", "a talk show host",
    # "tea-party backed candidate"); "told Congress", "Democrats say Congress …" keep their verb.
    finite = token.lower not in verb.noun_forms and not token.lower.endswith(("ing", "ed"))
    return finite or not (
        nxt is not None
        and not gap(text, token, nxt).strip()
        and (nxt.lower in lexicon.institutions or nxt.lower in lexicon.roles)
        and (nxt.text.islower() or len(nxt.text) <= 2)  # "dismissed NATO member Estonia": a name is an object
        and not (i + 2 < len(tokens) and nxt.capitalized and tokens[i + 2].capitalized)  # "said Rep. Moore"
    )  # "state TV", "report card": the word modifies a noun


def asks_addressee(tokens: list[Token], j: int, text: str, sentence: Span, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the subject tokens[j] is "you" after an inverting auxiliary in a question ("Do you think …?")."""
    # The question asserts nothing, and the reader is nobody's source; "As you said, …" is no question. The
    # sentence is sliced only once the two word tests pass: this runs for every cue that has a subject.
    return (
        j >= 1
        and tokens[j].lower in lexicon.addressees
        and tokens[j - 1].lower in lexicon.question_auxiliaries
        and text[sentence.start : sentence.end].rstrip(" \"'”’)").endswith("?")
    )


def named_subject(mention: Mention, phrase: list[Token], inverted: bool) -> bool:
    """Whether a source phrase is strong enough to read a noun-like form ("plans") as a verb."""
    if inverted or mention.generic or phrase[-1].text.endswith(("’s", "'s")):
        return False
    return mention.refers is not None or phrase[-1].capitalized or mention.kind is not SpeakerKind.PERSON

"""The subject of a cue that a comma-delimited interrupter separates from it ("Comey, the FBI director, said")."""

from __future__ import annotations

from provenance.core.attribution.mention import Mention, classify
from provenance.core.attribution.sources import phrase_after
from provenance.model import SpeakerKind
from provenance.ruleset.rulebook import KnownOutlet
from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import Token, gap


def comma_subject(
    tokens: list[Token],
    i: int,
    first: int,
    text: str,
    lexicon: SpeakerLexiconRule,
    verbs: dict[str, object],
    outlets: dict[str, KnownOutlet],
) -> tuple[list[Token], Mention] | None:
    """For "S, INTERRUPTER, said" with tokens[i] the first word after the last comma: the subject S and its mention.

    S opens the sentence (tokens[first]), follows a comma ("Last week, the F.B.I. director, James B. Comey,
    recommended") or a word that leads a clause in ("When Mr. Buchanan, who had failed …, called for"). The
    nearest such subject wins, so a comma-joined earlier clause never lends its subject to a later cue.
    """
    starts = [k for k in range(first + 1, i) if gap(text, tokens[k - 1], tokens[k]).strip(" \u00a0").endswith(",")]
    leads = lexicon.coordinators | lexicon.participle_leads
    starts += [
        k + 1
        for k in range(first, i - 1)
        if tokens[k].lower in leads and not gap(text, tokens[k], tokens[k + 1]).strip()
    ]
    for start in sorted({first, *starts}, reverse=True):
        found = _subject_from(tokens, start, i, text, lexicon, verbs, outlets)
        if found is not None:
            return found
    return None


def _subject_from(
    tokens: list[Token],
    start: int,
    i: int,
    text: str,
    lexicon: SpeakerLexiconRule,
    verbs: dict[str, object],
    outlets: dict[str, KnownOutlet],
) -> tuple[list[Token], Mention] | None:
    phrase = phrase_after(tokens, start, text, lexicon, verbs)
    if not phrase or phrase[-1] is tokens[i - 1]:
        return None
    after = start + len(phrase)
    while (
        after < i - 1
        and tokens[after].lower in lexicon.auxiliaries
        and not gap(text, tokens[after - 1], tokens[after]).strip()
    ):
        after += 1  # "A YouGov poll has, however, revealed": the auxiliary comes before the interrupter
    rest = text[tokens[after - 1].end : tokens[after].start if after < i else tokens[after - 1].end]
    if rest.strip(" \u00a0").startswith("("):
        # "Rep. Zoe Lofgren (D-Calif.), who introduced a bill, said": the party tag belongs to the name.
        close = text.find(")", phrase[-1].end)
        after = next((k for k in range(after, i) if tokens[k].start > close), i) if close != -1 else i
        rest = text[close + 1 : tokens[after].start] if close != -1 and after < i else ""
    if not rest.strip(" \u00a0.").startswith(","):
        return None
    middle = tokens[after:i]
    if not middle:
        return None
    if not _interrupter(middle, text, lexicon, verbs):
        return None
    mention = classify(phrase, text, lexicon, outlets)
    # "A nurse at the clinic, Grace Mwangi, said": a common-noun description the lexicon does not know still
    # describes the name set off after it.
    described = mention is None and common_description(phrase, lexicon)
    # "The parish's new pastor, the Rev. Alan Cruz, said": the name may open with an article.
    named_part = middle[1:] if len(middle) > 1 and middle[0].lower in lexicon.articles else middle
    if mention is not None:
        described = _describes(phrase, mention, lexicon)
    if described and all(t.capitalized for t in named_part):
        # "The city's finance director, Marcia Banks, said", "The Health Secretary, Wes Streeting, said": a
        # description then the name set off by commas; the name is the speaker and the description its role.
        named = classify(named_part, text, lexicon, outlets)
        if named is not None and named.kind is not SpeakerKind.PLACE and named.refers is None:
            # "The Health Secretary", "Her coach": the role without its article or possessive pronoun.
            lead = phrase[0].lower in lexicon.determiners and len(phrase) > 1
            role = text[phrase[1 if lead else 0].start : phrase[-1].end]
            kind = named.kind if named.kind is not SpeakerKind.ANONYMOUS else SpeakerKind.PERSON
            # The source span stays the subject phrase ("the F.B.I. director", as PolNeAR marks it) unless the
            # phrase alone names no one ("a spokesman", "The city's finance director, Marcia Banks").
            end = middle[-1].end if mention is None or mention.anonymous else phrase[-1].end
            mention = Mention(kind, named.name, phrase[0].start, end, role=role)
    if mention is None:
        return None  # an anaphor or pronoun is a subject too: "The official, who spoke …, said", "he, again, pledged"
    return phrase, mention


def common_description(phrase: list[Token], lexicon: SpeakerLexiconRule) -> bool:
    """Whether a phrase is a determiner and lower-case words ("a nurse at the clinic", "one resident", "her
    neighbour"): a description of someone, whatever the noun."""
    opener = phrase[0].lower in lexicon.determiners or phrase[0].lower in lexicon.indefinite
    return len(phrase) > 1 and opener and all(t.text[:1].islower() or t.text[:1].isdigit() for t in phrase[1:])


def named_after(
    phrase: list[Token], tokens: list[Token], text: str, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]
) -> Mention | None:
    """For "said a second nurse, Thandiwe Zulu": the person a description names right after it, set off by a comma
    and ending the sentence or closed by another comma, else None."""
    k = tokens.index(phrase[-1]) + 1 if phrase else len(tokens)
    if k >= len(tokens) or gap(text, phrase[-1], tokens[k]).strip() != "," or not common_description(phrase, lexicon):
        return None
    name: list[Token] = []
    for token in tokens[k:]:
        if name and gap(text, name[-1], token).strip():
            break
        if not token.capitalized:
            return None
        name.append(token)
    named = classify(name, text, lexicon, outlets) if name else None
    if named is None or named.kind is not SpeakerKind.PERSON or named.refers is not None or named.generic:
        return None
    role = text[phrase[1].start : phrase[-1].end]
    return Mention(SpeakerKind.PERSON, named.name, phrase[0].start, named.end, role=role)


def _describes(phrase: list[Token], mention: Mention, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a subject phrase is a description (an unnamed role or common noun), not a name of its own."""
    if mention.anonymous or mention.generic:
        return True  # "a spokesman", "the coach", "Nortek's chief executive"
    head = phrase[-1].lower
    # "The Health Secretary": capitalised, but its head is a role and the phrase names no one.
    return mention.kind is SpeakerKind.PERSON and (head in lexicon.roles or head in lexicon.role_abbreviations)


def _interrupter(middle: list[Token], text: str, lexicon: SpeakerLexiconRule, verbs: dict[str, object]) -> bool:
    """Whether the words between the subject's comma and the cue's can stand between a subject and its verb."""
    # A comma then "and"/"but" opens a clause of its own, whose subject is not this one.
    after_comma = [t for k, t in enumerate(middle) if not k or gap(text, middle[k - 1], t).strip().endswith(",")]
    if any(t.lower in lexicon.coordinators for t in after_comma):
        return False
    lead = middle[0].lower
    # "Salceda, citing data from the State Department, said", "Trump, asked about Putin, had said", "Cruz,
    # when asked …, responded": a participle or a clause word leads a clause that is the interrupter itself.
    # A form in -ed is a participle only before a clause word ("asked about", "prepared for"); with an object
    # it is a finite verb closing a clause of its own ("Trump, a businessman, criticized Clinton, said …").
    passive = lead.endswith("ed") and len(middle) > 1 and middle[1].lower in lexicon.clause_stops
    if lead.endswith("ing") or passive or lead in lexicon.clause_stops:
        return True
    # Otherwise a verb is the subject's own only after "who" or "which" ("Sanders, who on Tuesday endorsed
    # Clinton, said"); a capitalised form or one after a determiner is a noun ("the Institute for the Study").
    # A comma-set noun phrase ("a talk show host and operations manager at …") holds nouns only.
    segment = 0
    for k, t in enumerate(middle):
        if lexicon.pronouns.get(t.lower) == "relative":
            return True
        segment = k if t in after_comma else segment
        head = middle[segment]
        noun_phrase = head.lower in lexicon.determiners or head.text[:1].isdigit() or head.capitalized
        after_determiner = k > 0 and middle[k - 1].lower in lexicon.determiners
        if t.lower in verbs and not t.capitalized and not after_determiner and not noun_phrase:
            return False
    return True

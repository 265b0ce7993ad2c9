"""Participle cues: what may lead into one, and the subject of a participle clause that opens a sentence."""

from __future__ import annotations

from collections.abc import Callable

from provenance.core.attribution.mention import Mention
from provenance.model import Span
from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import Token, gap, trimmed_span

_CLOSING_QUOTES = ("”", '"', "''", "’")
_FRONTED_COMMAS = 3  # commas a fronted participle clause may hold before its main clause's subject


def after_comma(text: str, token: Token, before: Token | None) -> bool:
    """Whether a comma (or a comma inside a closing quotation mark: `“founded ISIS,” saying`) leads to the token."""
    between = gap(text, before, token) if before is not None else text[max(0, token.start - 4) : token.start]
    between = between.rstrip(" \u00a0")
    return between.endswith(",") or any(between.endswith("," + q) for q in _CLOSING_QUOTES)


def led_in(text: str, tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a comma (", saying that …") or a preposition ("by saying", "after arguing") leads into tokens[i]."""
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.lower in lexicon.participle_leads and not gap(text, prev, tokens[i]).strip():
        return True
    return after_comma(text, tokens[i], prev)


def fronted(tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the participle opens its sentence, alone or after a lead ("Noting that …", "After talking …")."""
    return all(t.lower in lexicon.participle_leads or t.lower in lexicon.clause_stops for t in tokens[:i])


def in_opener(tokens: list[Token], phrase: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a participle cue at tokens[i] modifies the noun phrase before it inside a prepositional opener ("In
    a statement announcing the pick, …"): only a preposition comes before the phrase, which ends at the cue."""
    first = tokens.index(phrase[0]) if phrase else 0
    return (
        tokens[i].lower.endswith("ing")
        and first > 0
        and fronted(tokens, first, lexicon)
        and tokens.index(phrase[-1]) == i - 1
    )


def fronted_clause(
    tokens: list[Token], i: int, text: str, content: Span | None, subject_at: Callable[[int], Mention | None]
) -> tuple[Span, Mention] | None:
    """For a fronted participle clause ("Noting that X, Schlafly put …"), its content up to the comma that ends
    it and the named subject of the main clause after that comma."""
    # The clause may hold commas of its own ("Responding to Trump, who spoke Friday, Clinton wrote"), so each of
    # the first few commas is tried; the first followed by a readable, named subject ends the clause.
    if content is None:
        return None
    tried = 0
    for k in range(i + 1, len(tokens)):
        if not after_comma(text, tokens[k], tokens[k - 1]):
            continue
        tried += 1
        mention = subject_at(k)
        if mention is not None:
            end = tokens[k - 1].end
            return (trimmed_span(text, content.start, end), mention) if content.start < end else None
        if tried >= _FRONTED_COMMAS:
            break
    return None


def subject_starts(text: str, tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> list[int]:
    """Where the subject of the clause before a participle at tokens[i] may start: the sentence's first word,
    the word after an opening conjunction ("But Clinton drew …"), or the word after an opener's comma ("On
    Tuesday, Sanders went further, endorsing …", "Later in the day, she escalated …, criticizing …")."""
    starts = [0]
    if len(tokens) > 1 and tokens[0].lower in lexicon.coordinators:
        starts.append(1)
    commas = [k for k in range(1, i) if after_comma(text, tokens[k], tokens[k - 1])]
    # "On Tuesday, …": a time word is never the subject.
    return [k for k in starts + commas[: _FRONTED_COMMAS - 1] if tokens[k].lower not in lexicon.time_words]

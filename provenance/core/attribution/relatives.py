"""A cue in a relative clause: "an architect who said he was stiffed", "One woman, who asked not to be named, …"."""

from __future__ import annotations

from dataclasses import replace

from provenance.core.attribution.content import ContentSpans
from provenance.core.attribution.found import Found
from provenance.core.attribution.mention import Mention, generic_person, generic_plural
from provenance.core.attribution.subject import relative_antecedent
from provenance.core.attribution.subjects import Subjects
from provenance.model import Span, SpeakerKind
from provenance.ruleset.rules import SpeakerLexiconRule, VerbCue
from provenance.text.tokens import Token, trimmed_span


def relative_found(
    subjects: Subjects,
    spans: ContentSpans,
    verbs: dict[str, object],
    tokens: list[Token],
    at: tuple[int, int],
    verb: VerbCue,
    rule: str,
    sentence: Span,
    p_index: int,
) -> Found | None:
    """The attribution of the cue tokens[i] whose subject is the relative pronoun tokens[j] (at = (i, j)): the
    pronoun is the source, its antecedent the speaker."""
    i, j = at
    text, lexicon = spans.text, spans.lexicon
    k = relative_antecedent(tokens, j, text, lexicon)
    phrase = subjects.phrase_ending(tokens, k) if k >= 0 else []
    mention = subjects.mention(phrase, tokens) if phrase else None
    if mention is None and phrase and phrase[-1].lower in lexicon.determiners:
        # "Among those who said", "Voters like those who said": the pronoun stands for the people it picks out.
        last = phrase[-1]
        mention = Mention(SpeakerKind.PERSON, last.text, last.start, last.end, generic=True)
    if mention is None and phrase and tokens[j].lower in lexicon.personal_relatives:
        # "an architect who said": "who" says its antecedent is a person, whatever noun the lexicon lacks.
        mention = generic_person(phrase, text, lexicon)
    content = spans.after(sentence, tokens, i, verb)
    if mention is None or content is None:
        return None
    if j and text[tokens[j - 1].end : tokens[j].start].strip() == ",":
        # "One woman, who asked not to be named, said she …": a relative set off by commas ends at the comma
        # before the main clause's verb (not one before a quotation or an apposition).
        content = _relative_end(text, lexicon, verbs, content, tokens, i)
    present = tokens[i].lower == verb.lemma  # "men who refuse": a plural's present tense states a habit
    if present and mention.kind is SpeakerKind.GROUP and generic_plural(phrase, tokens[j], text, lexicon):
        mention = replace(mention, everybody=True)  # "men who refuse to bend": a kind of people, not a source
    who = tokens[j]
    cue = Span(tokens[i].start, tokens[i].end, tokens[i].text)
    speaker = replace(mention, start=who.start, end=who.end)
    return Found(rule, cue, speaker, content, spans.kind(content), p_index)


def _relative_end(
    text: str, lexicon: SpeakerLexiconRule, verbs: dict[str, object], content: Span, tokens: list[Token], i: int
) -> Span:
    """A cue's content in a comma-set relative clause, up to the comma that a verb of the main clause follows."""
    for k in range(i + 1, len(tokens)):
        token = tokens[k]
        if token.start >= content.end:
            break
        if text[tokens[k - 1].end : token.start].strip() != "," or not token.text.islower():
            continue
        if token.lower in verbs or token.lower in lexicon.auxiliaries or token.lower in lexicon.finite_auxiliaries:
            return trimmed_span(text, content.start, tokens[k - 1].end)
    return content

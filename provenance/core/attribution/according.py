"""Attribution by a phrase before its source ("according to the ministry", "in a CNN poll released Monday")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from provenance.core.attribution.appositive import named_after
from provenance.core.attribution.content import ContentSpans
from provenance.core.attribution.found import Found
from provenance.core.attribution.mention import Mention, classify
from provenance.core.attribution.sources import noun_phrase_after
from provenance.core.attribution.verbuse import participle as is_participle
from provenance.model import Span, SpeakerKind
from provenance.ruleset.rulebook import KnownOutlet
from provenance.ruleset.rules import AttributionPhrasesRule, SpeakerLexiconRule
from provenance.text.tokens import Token, trimmed_span


def phrase_hits(
    low: str, sentence: Span, phrases: Sequence[tuple[str, AttributionPhrasesRule]]
) -> list[tuple[int, int, AttributionPhrasesRule]]:
    """Every whole-word occurrence in the lower-cased text, longest phrase first, so "in the words of" keeps its
    "in" from a shorter phrase."""
    hits: list[tuple[int, int, AttributionPhrasesRule]] = []
    for phrase, rule in phrases:
        at = low.find(phrase, sentence.start, sentence.end)
        while at != -1:
            end = at + len(phrase)
            whole = not (at and low[at - 1].isalnum()) and not (end < len(low) and low[end].isalnum())
            if whole and not any(a < end and at < a + n for a, n, _ in hits):
                hits.append((at, len(phrase), rule))
            at = low.find(phrase, end, sentence.end)
    return hits


class According:
    """The source and content of an attribution phrase, for one document."""

    def __init__(
        self, text: str, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet], spans: ContentSpans
    ) -> None:
        self.text, self.lexicon, self.outlets, self.spans = text, lexicon, outlets, spans

    def found(
        self, sentence: Span, tokens: list[Token], at: int, size: int, phrase_rule: AttributionPhrasesRule, p_index: int
    ) -> list[Found]:
        """The attribution a phrase hit at `at` makes, if a source follows it."""
        rule = phrase_rule.meta.id
        after = [i for i, t in enumerate(tokens) if t.start >= at + size]
        if not after:
            return []
        phrase = self._reduced(noun_phrase_after(tokens, after[0], self.text, self.lexicon))
        if phrase_rule.source_heads:
            # "In a CNN poll released Monday, …": the phrase is a cue only before its kind of source.
            heads, stops = phrase_rule.source_heads, self.lexicon.postmodifiers
            cut = next((k for k, t in enumerate(phrase) if t.lower in heads or (k and t.lower in stops)), len(phrase))
            if cut == len(phrase) or phrase[cut].lower not in heads:
                return []
            after_head = phrase[cut + 1] if cut + 1 < len(phrase) else None
            if after_head is not None and after_head.lower not in stops and not after_head.lower.endswith("ed"):
                return []  # "a drop in poll numbers": the head word only modifies another noun
            phrase = phrase[: cut + 1]  # "a CNN poll released Monday": the source ends at its head
        mention = classify(phrase, self.text, self.lexicon, self.outlets) if phrase else None
        if mention is not None and mention.kind is SpeakerKind.DOCUMENT and (author := self._author(tokens, phrase)):
            mention = author  # "according to an estimate by the finance department": who made the document speaks
        named = named_after(phrase, tokens, self.text, self.lexicon, self.outlets) if phrase else None
        # "…, according to the county returning officer, Mr Joseph Kiprono.": the name apposed, closing the sentence
        # (at its start, "According to police, Mr Hale, 45, was held", the name opens the content).
        closing = named is not None and not self.text[named.end : sentence.end].strip(" .\u00a0")
        if named is not None and closing and (mention is None or mention.anonymous or mention.generic):
            mention = named
        if mention is None and phrase:
            # The phrase itself says a source follows ("according to recent data", "according to him"), so any
            # noun phrase is one, even one the lexicon cannot read.
            documents = any(t.lower in self.lexicon.document_nouns for t in phrase)
            speaker_kind = SpeakerKind.DOCUMENT if documents else SpeakerKind.PERSON
            name = self.text[phrase[0].start : phrase[-1].end]
            mention = Mention(speaker_kind, name, phrase[0].start, phrase[-1].end, generic=True)
        if mention is None:
            return []
        if at <= sentence.start + 1:
            content = trimmed_span(self.text, phrase[-1].end, sentence.end)
        else:
            content = trimmed_span(self.text, sentence.start, at)
        kind = self.spans.kind(content)
        return [Found(rule, Span(at, at + size, self.text[at : at + size]), mention, content, kind, p_index)]

    def _reduced(self, phrase: list[Token]) -> list[Token]:
        """The noun phrase before a reduced relative: "a New York Times/CBS News poll | released last week"."""
        for k in range(1, len(phrase)):
            word, head = phrase[k], phrase[k - 1]
            participle = word.text.islower() and is_participle(word, self.lexicon)  # released, seen, drawn up
            if participle and (head.lower in self.lexicon.document_nouns or head.capitalized):
                return phrase[:k]
        return phrase

    def _author(self, tokens: list[Token], phrase: list[Token]) -> Mention | None:
        """For "a report by Bloomberg.com": the named maker after "by" that ends a document phrase."""
        k = tokens.index(phrase[-1]) + 1
        if k + 1 >= len(tokens) or tokens[k].lower != "by":
            return None
        agent = noun_phrase_after(tokens, k + 1, self.text, self.lexicon)
        mention = classify(agent, self.text, self.lexicon, self.outlets) if agent else None
        if mention is None or mention.generic or mention.refers is not None:
            return None
        return replace(mention, start=phrase[0].start)  # the source is still the whole phrase, document and maker

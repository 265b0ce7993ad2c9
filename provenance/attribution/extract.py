"""Find attribution cues in each sentence and the source and content that go with them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TypeVar

from provenance.attribution.labels import labelled
from provenance.attribution.mention import Mention, classify
from provenance.attribution.sources import (
    appositive_name,
    noun_phrase_after,
    phrase_after,
    phrase_before,
    skip_auxiliaries_back,
)
from provenance.attribution.subject import relative_antecedent, subject_end
from provenance.attribution.tokens import Token, Words, gap, tokenize, trimmed_span
from provenance.attribution.verbuse import noun_context, passive_agent, verb_use
from provenance.matching.terms import lowered
from provenance.model import AttributionKind, Quotation, Segmentation, Span, SpeakerKind
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import HeadlineDashRule, SpeakerLexiconRule, VerbCue

# Quote-only paragraphs carry on the previous speaker: a convention of news writing, not a rule in YAML.
CONTINUATION_RULE = "builtin.continuation"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Found:
    """An attribution before its speaker is resolved: the mention says who, in this sentence's words."""

    rule: str
    cue: Span
    mention: Mention | None  # None: inherits the previous speaker (participle or continuation)
    content: Span | None
    kind: AttributionKind
    paragraph: int


def _named_subject(mention: Mention, phrase: list[Token], inverted: bool) -> bool:
    """Whether a source phrase is strong enough to read a noun-like form ("plans") as a verb."""
    if inverted or mention.generic or phrase[-1].text.endswith(("’s", "'s")):
        return False
    return mention.refers is not None or phrase[-1].capitalized or mention.kind is not SpeakerKind.PERSON


def _per_paragraph(paragraphs: Sequence[Span], items: Sequence[T], starts: list[int]) -> list[list[T]]:
    """For each paragraph, the items that start in it, in order: by bisection when the starts are sorted (as
    segment() makes them), so a long document costs n log n rather than paragraphs x items."""
    if all(a <= b for a, b in pairwise(starts)):
        return [list(items[bisect_left(starts, p.start) : bisect_left(starts, p.end)]) for p in paragraphs]
    return [[item for item, at in zip(items, starts, strict=True) if p.start <= at < p.end] for p in paragraphs]


class Extractor:
    """Cue finding for one document; holds the rulebook's compiled tables."""

    def __init__(
        self, text: str, seg: Segmentation, book: Rulebook, lexicon: SpeakerLexiconRule, words: Words | None = None
    ) -> None:
        self.text, self.seg, self.book, self.lexicon = text, seg, book, lexicon
        self.words = words if words is not None else Words(text)  # shared with later stages by the pipeline
        self.verbs: dict[str, object] = dict(book.verbs)
        self.low = lowered(text)

    def run(self) -> list[Found]:
        """Every attribution in the document, in text order."""
        found: list[Found] = []
        head = self.seg.headline
        if head is not None and (titled := self._layout(head, "headline", 0)):
            found.append(titled)
        paragraphs = self.seg.paragraphs
        quotes_of = _per_paragraph(paragraphs, self.seg.quotations, [q.span.start for q in self.seg.quotations])
        sentences_of = _per_paragraph(paragraphs, self.seg.sentences, [s.start for s in self.seg.sentences])
        for p_index, paragraph in enumerate(paragraphs):
            quotes, sentences = quotes_of[p_index], sentences_of[p_index]
            before = len(found)
            if paragraph != head and (signed := self._layout(paragraph, "paragraph", p_index)):
                found.append(signed)  # the whole paragraph is the labelled speaker's words
                continue
            for sentence in sentences:
                found.extend(self._sentence(sentence, quotes, p_index))
            if len(found) == before and quotes and self._quote_only(paragraph, quotes):
                cue = quotes[0].span
                found.append(
                    Found(
                        CONTINUATION_RULE,
                        Span(cue.start, cue.start, ""),
                        None,
                        trimmed_span(self.text, quotes[0].inner.start, quotes[-1].inner.end),
                        AttributionKind.CONTINUATION,
                        p_index,
                    )
                )
        return found

    def _quote_only(self, paragraph: Span, quotes: list[Quotation]) -> bool:
        outside = self.text[paragraph.start : paragraph.end]
        for q in reversed(quotes):
            outside = outside[: q.span.start - paragraph.start] + outside[q.span.end - paragraph.start :]
        return not outside.strip(" \t.,;:…\u00a0")

    def _layout(self, block: Span, scope: str, p_index: int) -> Found | None:
        for rule in self.book.of_type(HeadlineDashRule):
            if rule.scope == scope and (hit := labelled(self.text, block, rule, self.lexicon, self.book.outlets)):
                cue, mention, content = hit
                return Found(rule.meta.id, cue, mention, content, AttributionKind.INDIRECT, p_index)
        return None

    def _sentence(self, sentence: Span, quotes: list[Quotation], p_index: int) -> list[Found]:
        if any(q.span.start <= sentence.start and q.span.end >= sentence.end for q in quotes):
            return []  # a sentence wholly inside a quotation is the speaker's words, not a cue
        # "…, Lindsey Graham Says.": a short capitalised word keeps its period as if it were "Sen."; a verb does not.
        tokens = [
            Token(t.text[:-1], t.start, t.end - 1) if t.text.endswith(".") and t.lower[:-1] in self.book.verbs else t
            for t in self.words.between(sentence.start, sentence.end)
        ]
        results: list[Found] = []
        for phrase, phrase_rule in self.book.phrases:
            at = self.low.find(phrase, sentence.start, sentence.end)
            if at != -1 and not self._in_quote(at, quotes):
                results.extend(self._according(sentence, tokens, at, len(phrase), phrase_rule.meta.id, p_index))
        for i, token in enumerate(tokens):
            entry = self.book.verbs.get(token.lower)
            if entry is None or self._in_quote(token.start, quotes):
                continue
            verb, rule = entry
            hit = self._verb(sentence, tokens, i, verb, rule.meta.id, quotes, p_index, results)
            if hit is not None:
                results.append(hit)
        return self._outer(sorted(results, key=lambda f: f.cue.start))

    def _outer(self, found: list[Found]) -> list[Found]:
        # "Clinton said she thinks America is strongest": a view inside reported speech is part of that
        # speech, not a second attribution; nested verbs of saying ("said Y told him") stay.
        kept: list[Found] = []
        for f in found:
            entry = self.book.verbs.get(f.cue.text.lower())
            weak = entry is not None and entry[0].kind in ("belief", "stance")
            if weak and any(k.content and k.content.start <= f.cue.start < k.content.end for k in kept):
                continue
            kept.append(f)
        return kept

    @staticmethod
    def _in_quote(offset: int, quotes: list[Quotation]) -> bool:
        return any(q.inner.start <= offset < q.inner.end for q in quotes)

    def _according(
        self, sentence: Span, tokens: list[Token], at: int, size: int, rule: str, p_index: int
    ) -> list[Found]:
        after = [i for i, t in enumerate(tokens) if t.start >= at + size]
        if not after:
            return []
        phrase = noun_phrase_after(tokens, after[0], self.text, self.lexicon)
        mention = classify(phrase, self.text, self.lexicon, self.book.outlets) if phrase else None
        if mention is None:
            return []
        if at <= sentence.start + 1:
            content = trimmed_span(self.text, phrase[-1].end, sentence.end)
        else:
            content = trimmed_span(self.text, sentence.start, at)
        kind = self._kind(content)
        return [Found(rule, Span(at, at + size, self.text[at : at + size]), mention, content, kind, p_index)]

    def _verb(
        self,
        sentence: Span,
        tokens: list[Token],
        i: int,
        verb: VerbCue,
        rule: str,
        quotes: list[Quotation],
        p_index: int,
        earlier: list[Found],
    ) -> Found | None:
        text, lexicon = self.text, self.lexicon
        cue_token = tokens[i]
        if (agent := passive_agent(tokens, i, text, lexicon)) is not None:
            return self._passive(tokens, i, agent, rule, sentence, p_index)
        if not verb_use(tokens, i, text, lexicon, verb):
            return None
        cue = Span(cue_token.start, cue_token.end, cue_token.text)
        j = subject_end(tokens, i, text, lexicon)
        phrase: list[Token] = []
        if j >= 0 and lexicon.pronouns.get(tokens[j].lower) == "relative":
            return self._relative(tokens, i, j, verb, rule, sentence, p_index)
        if j >= 0 and tokens[j].lower in lexicon.coordinators:
            # "Merrill says Machado promised … and said she would": the verb shares the earlier subject, or
            # with no cue before it ("Cruz exhorted Republicans … and said"), the sentence's subject.
            content = self._after(sentence, tokens, i, verb)
            shared = None if earlier else self._sentence_subject(tokens)
            if content is None or (not earlier and shared is None):
                return None
            return Found(rule, cue, shared, content, self._kind(content), p_index)
        if j >= 0:
            phrase = phrase_before(tokens, j, text, lexicon, self.verbs)
        inverted = False
        if not phrase or not (mention := self._mention(phrase, tokens)):
            # "…,” said Zakharova" and "…, said the ministry": the source follows the cue.
            lead = text[sentence.start : cue_token.start].rstrip(" \u00a0")
            if cue_token.lower.endswith("ing"):
                return self._participle(cue, cue_token, tokens, i, verb, rule, sentence, p_index, earlier)
            # "…,” said Zakharova", and "Said Ellis: “…”" at the head of a sentence.
            if not (lead.endswith((",", "”", '"', "''")) or i == 0) or i + 1 >= len(tokens):
                return None
            subject = self._appositive_subject(tokens, i)
            if subject is not None:
                phrase, mention = subject
                content = self._after(sentence, tokens, i, verb)
                return Found(rule, cue, mention, content, self._kind(content), p_index) if content else None
            phrase = phrase_after(tokens, i + 1, text, lexicon, self.verbs)
            mention = self._mention(phrase, tokens) if phrase else None
            if mention is None:
                return None
            inverted = True
        noun_form = cue_token.lower in verb.noun_forms
        if noun_form and (not _named_subject(mention, phrase, inverted) or noun_context(tokens, i, text, lexicon)):
            return None  # "Trump's tax plan", "a private email server": the form is a noun here
        if verb.kind == "document" and mention.refers != "document" and phrase[-1].lower not in lexicon.document_nouns:
            return None
        content = self._content(sentence, phrase, cue_token, verb, quotes, inverted, tokens, i)
        if content is None:
            return None
        return Found(rule, cue, mention, content, self._kind(content, quotes), p_index)

    def _passive(
        self, tokens: list[Token], i: int, agent: int, rule: str, sentence: Span, p_index: int
    ) -> Found | None:
        # "The story was first reported by The Washington Post": the agent after "by" is the source, what
        # comes before the verb phrase is what it reported.
        phrase = phrase_after(tokens, agent, self.text, self.lexicon, self.verbs)
        mention = self._mention(phrase, tokens) if phrase else None
        start = skip_auxiliaries_back(tokens, i, self.lexicon, self.text) + 1
        if mention is None or mention.generic or start == 0:
            return None
        content = trimmed_span(self.text, sentence.start, tokens[start].start)
        cue = Span(tokens[start].start, tokens[i].end, self.text[tokens[start].start : tokens[i].end])
        return Found(rule, cue, mention, content, self._kind(content), p_index) if content.text else None

    def _relative(
        self, tokens: list[Token], i: int, j: int, verb: VerbCue, rule: str, sentence: Span, p_index: int
    ) -> Found | None:
        # "an architect who said he was stiffed": the relative pronoun is the source, its antecedent the speaker.
        k = relative_antecedent(tokens, j, self.text)
        phrase = phrase_before(tokens, k, self.text, self.lexicon, self.verbs) if k >= 0 else []
        mention = self._mention(phrase, tokens) if phrase else None
        content = self._after(sentence, tokens, i, verb)
        if mention is None or content is None:
            return None
        who = tokens[j]
        cue = Span(tokens[i].start, tokens[i].end, tokens[i].text)
        speaker = replace(mention, start=who.start, end=who.end)
        return Found(rule, cue, speaker, content, self._kind(content), p_index)

    def _appositive_subject(self, tokens: list[Token], i: int) -> tuple[list[Token], Mention] | None:
        # "Global Times, a tabloid run by the People's Daily, said …": the subject opens the sentence.
        phrase = phrase_after(tokens, 0, self.text, self.lexicon, self.verbs)
        if not phrase or phrase[-1] is tokens[i - 1] or not self.text[phrase[-1].end :].startswith(","):
            return None
        if any(t.lower in self.book.verbs for t in tokens[len(phrase) : i]):
            return None
        mention = classify(phrase, self.text, self.lexicon, self.book.outlets)
        if mention is None or mention.refers is not None:
            return None
        middle = tokens[len(phrase) : i]
        if mention.anonymous and middle and all(t.capitalized for t in middle):
            # "The city's finance director, Marcia Banks, said": the name set off by commas is the speaker.
            name = self.text[middle[0].start : middle[-1].end]
            role = self.text[phrase[0].start : phrase[-1].end]
            mention = Mention(SpeakerKind.PERSON, name, phrase[0].start, middle[-1].end, role=role)
        return phrase, mention

    def _mention(self, phrase: list[Token], tokens: list[Token]) -> Mention | None:
        outlets = self.book.outlets
        mention = classify(phrase, self.text, self.lexicon, outlets)
        if mention is None or mention.generic or (mention.anonymous and mention.refers is None):
            # "Smith, the spokesman, said": the name before a role-only phrase is the speaker.
            named = appositive_name(tokens, phrase, self.text, self.lexicon, self.verbs)
            person = classify(named, self.text, self.lexicon, outlets) if named is not phrase else None
            if person is not None and person.kind is SpeakerKind.PERSON and not person.generic:
                return person
        for k in range(1, len(phrase)):
            if mention is not None:
                break
            # "the third time AROS said", "met an architect who said": the subject is the name or the noun phrase.
            if phrase[k].capitalized or phrase[k].lower in self.lexicon.determiners:
                mention = classify(phrase[k:], self.text, self.lexicon, outlets)
        return mention

    def _participle(
        self,
        cue: Span,
        token: Token,
        tokens: list[Token],
        i: int,
        verb: VerbCue,
        rule: str,
        sentence: Span,
        p_index: int,
        earlier: list[Found],
    ) -> Found | None:
        # ", stressing that …", ", saying that …": the speaker of the clause's main cue goes on; with no
        # cue before it ("Clinton has embraced the plan, promising to …") the sentence's subject speaks.
        if not token.lower.endswith("ing") or not self.text[: token.start].rstrip().endswith(","):
            return None
        content = self._after(sentence, tokens, i, verb)
        if content is None:
            return None
        if earlier:
            return Found(rule, cue, None, content, self._kind(content), p_index)
        mention = self._sentence_subject(tokens)
        return Found(rule, cue, mention, content, self._kind(content), p_index) if mention else None

    def _sentence_subject(self, tokens: list[Token]) -> Mention | None:
        """The named subject opening a sentence, if the lexicon can read it ("Mrs. Clinton has embraced …")."""
        lx = self.lexicon
        subject = phrase_after(tokens, 0, self.text, lx, self.verbs)
        # "Cruz exhorted Republicans": the subject ends at the first lower-case word that cannot be part of a name.
        name_words = lx.determiners | lx.roles | lx.institutions | lx.postmodifiers
        cut = next((k for k, t in enumerate(subject) if not t.capitalized and t.lower not in name_words), len(subject))
        subject = subject[:cut]
        if len(subject) == 1 and subject[0].lower.endswith(("ing", "ly", "ed")):
            return None  # "Speaking to reporters, …", "Significantly, …": an opener, not a subject
        mention = self._mention(subject, tokens) if subject else None
        return None if mention is None or mention.generic else mention

    def _content(
        self,
        sentence: Span,
        phrase: list[Token],
        cue: Token,
        verb: VerbCue,
        quotes: list[Quotation],
        inverted: bool,
        tokens: list[Token],
        i: int,
    ) -> Span | None:
        text = self.text
        first = min(phrase[0].start, cue.start)
        last = max(phrase[-1].end, cue.end)
        for q in quotes:
            if q.span.end <= first and not text[q.span.end : first].strip(" ,\u00a0"):
                return q.inner  # “…,” Zakharova said
            if q.span.start >= last and not text[last : q.span.start].strip(" ,:\u00a0"):
                return q.inner  # Zakharova said: “…”
        head = text[sentence.start : first].rstrip(" \u00a0")
        if head.endswith(",") and len(head) > 1 and self._cue_ends_clause(sentence, last):
            return trimmed_span(text, sentence.start, len(head) - 1 + sentence.start)  # …, Zakharova said
        return self._after(sentence, tokens, i, verb)

    def _cue_ends_clause(self, sentence: Span, last: int) -> bool:
        # "…, Zakharova said Thursday, a day after …": only a short adverbial follows the cue.
        rest = self.text[last : sentence.end]
        cut = min((rest.find(c) for c in ",;" if c in rest), default=len(rest))
        return len(tokenize(rest, 0, cut)) <= 3

    def _after(self, sentence: Span, tokens: list[Token], i: int, verb: VerbCue) -> Span | None:
        text = self.text
        rest = tokens[i + 1 :]
        start_token = 0
        that = next((k for k, t in enumerate(rest[:6]) if t.lower == "that"), None)
        if that is not None and all(not gap(text, rest[k], rest[k + 1]).strip() for k in range(that)):
            start_token = that + 1
        if start_token >= len(rest):
            return None
        start = rest[start_token].start
        end = self._clause_end(sentence, start)
        content = trimmed_span(text, start, end)
        return content if content.text else None

    def _clause_end(self, sentence: Span, start: int) -> int:
        # Stop before a following participle cue (", saying that") so it gets its own content.
        end = sentence.end
        for k in range(start, sentence.end):
            if self.text[k] == ",":
                nxt = tokenize(self.text, k + 1, min(sentence.end, k + 40))[:1]
                if nxt and nxt[0].lower in self.book.verbs and nxt[0].lower.endswith("ing"):
                    return k
        while end > start and self.text[end - 1] in ".!?\u00a0 ":
            end -= 1
        return end

    def _kind(self, content: Span, quotes: list[Quotation] | None = None) -> AttributionKind:
        pool = quotes if quotes is not None else self.seg.quotations
        for q in pool:
            if q.inner.start == content.start and q.inner.end == content.end:
                return AttributionKind.DIRECT
            if content.start <= q.span.start and q.span.end <= content.end + 1:
                return AttributionKind.PARTIAL
        return AttributionKind.INDIRECT

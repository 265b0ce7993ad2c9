"""Find attribution cues in each sentence and the source and content that go with them."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from provenance.attribution.mention import Mention, classify
from provenance.attribution.sources import appositive_name, phrase_after, phrase_before, skip_auxiliaries_back
from provenance.attribution.tokens import Token, gap, tokenize
from provenance.matching.terms import lowered
from provenance.model import AttributionKind, Quotation, Segmentation, Span
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import SpeakerLexiconRule, VerbCue

# Quote-only paragraphs carry on the previous speaker: a convention of news writing, not a rule in YAML.
CONTINUATION_RULE = "builtin.continuation"


@dataclass(frozen=True, slots=True)
class Found:
    """An attribution before its speaker is resolved: the mention says who, in this sentence's words."""

    rule: str
    cue: Span
    mention: Mention | None  # None: inherits the previous speaker (participle or continuation)
    content: Span | None
    kind: AttributionKind
    paragraph: int


def _span(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span(start, end, text[start:end])


class Extractor:
    """Cue finding for one document; holds the rulebook's compiled tables."""

    def __init__(self, text: str, seg: Segmentation, book: Rulebook, lexicon: SpeakerLexiconRule) -> None:
        self.text, self.seg, self.book, self.lexicon = text, seg, book, lexicon
        self.verbs: dict[str, object] = dict(book.verbs)
        self.low = lowered(text)

    def run(self) -> list[Found]:
        """Every attribution in the document, in text order."""
        found: list[Found] = []
        found.extend(self._headline())
        # Sentences and quotations are in text order: find each paragraph's by bisection, not a scan
        # of the whole document per paragraph (quadratic on long files).
        quote_starts = [q.span.start for q in self.seg.quotations]
        sentence_starts = [s.start for s in self.seg.sentences]
        for p_index, paragraph in enumerate(self.seg.paragraphs):
            q_from, q_to = (bisect_left(quote_starts, b) for b in (paragraph.start, paragraph.end))
            s_from, s_to = (bisect_left(sentence_starts, b) for b in (paragraph.start, paragraph.end))
            quotes = list(self.seg.quotations[q_from:q_to])
            sentences = list(self.seg.sentences[s_from:s_to])
            before = len(found)
            for sentence in sentences:
                found.extend(self._sentence(sentence, quotes, p_index))
            if len(found) == before and quotes and self._quote_only(paragraph, quotes):
                cue = quotes[0].span
                found.append(
                    Found(
                        CONTINUATION_RULE,
                        Span(cue.start, cue.start, ""),
                        None,
                        _span(self.text, quotes[0].inner.start, quotes[-1].inner.end),
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

    def _headline(self) -> list[Found]:
        rule, head = self.book.headline_dash, self.seg.headline
        if rule is None or head is None:
            return []
        for dash in rule.dashes:
            cut = head.text.rfind(dash)
            if cut <= 0:
                continue
            src_start = head.start + cut + len(dash)
            tokens = tokenize(self.text, src_start, head.end)
            if not tokens or len(tokens) > rule.max_source_words or not tokens[0].capitalized:
                continue
            mention = classify(tokens, self.text, self.lexicon, self.book.outlets)
            if mention is None:
                continue
            cue = Span(head.start + cut, src_start, dash)
            content = _span(self.text, head.start, head.start + cut)
            return [Found(rule.meta.id, cue, mention, content, AttributionKind.INDIRECT, 0)]
        return []

    def _sentence(self, sentence: Span, quotes: list[Quotation], p_index: int) -> list[Found]:
        tokens = tokenize(self.text, sentence.start, sentence.end)
        inside = [q for q in quotes if q.span.start <= sentence.start and q.span.end >= sentence.end]
        if inside:
            return []  # a sentence wholly inside a quotation is the speaker's words, not a cue
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
        return sorted(results, key=lambda f: f.cue.start)

    @staticmethod
    def _in_quote(offset: int, quotes: list[Quotation]) -> bool:
        return any(q.inner.start <= offset < q.inner.end for q in quotes)

    def _according(
        self, sentence: Span, tokens: list[Token], at: int, size: int, rule: str, p_index: int
    ) -> list[Found]:
        after = [i for i, t in enumerate(tokens) if t.start >= at + size]
        if not after:
            return []
        phrase = phrase_after(tokens, after[0], self.text, self.lexicon, self.verbs)
        mention = classify(phrase, self.text, self.lexicon, self.book.outlets) if phrase else None
        if mention is None:
            return []
        if at <= sentence.start + 1:
            content = _span(self.text, phrase[-1].end, sentence.end)
        else:
            content = _span(self.text, sentence.start, at)
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
        prev = tokens[i - 1] if i else None
        if prev is not None and not gap(text, prev, cue_token).strip():
            if prev.lower in lexicon.determiners:
                return None  # "the report", "a statement": a noun, not a verb
            if prev.lower == "to" and " ".join(t.lower for t in tokens[max(0, i - 3) : i]) not in lexicon.auxiliaries:
                return None  # "yet to comment", "refused to say"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            nxt is not None
            and not gap(text, cue_token, nxt).strip()
            and (nxt.lower in lexicon.institutions or nxt.lower in lexicon.roles)
        ):
            return None  # "state TV", "report card": the word modifies a noun
        cue = Span(cue_token.start, cue_token.end, cue_token.text)
        j = skip_auxiliaries_back(tokens, i, lexicon, text)
        phrase: list[Token] = []
        if j >= 0 and not gap(text, tokens[j], tokens[j + 1] if j + 1 < i else cue_token).strip(" \u00a0"):
            phrase = phrase_before(tokens, j, text, lexicon, self.verbs)
        inverted = False
        if not phrase or not (mention := self._mention(phrase, tokens)):
            # "…,” said Zakharova" and "…, said the ministry": the source follows the cue.
            lead = text[sentence.start : cue_token.start].rstrip(" \u00a0")
            if cue_token.lower.endswith("ing"):
                return self._participle(cue, cue_token, tokens, i, verb, rule, sentence, p_index, earlier)
            if not lead.endswith((",", "”", '"')) or i + 1 >= len(tokens):
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
        if verb.kind == "document" and mention.refers != "document":
            return None
        content = self._content(sentence, phrase, cue_token, verb, quotes, inverted, tokens, i)
        if content is None:
            return None
        return Found(rule, cue, mention, content, self._kind(content, quotes), p_index)

    def _appositive_subject(self, tokens: list[Token], i: int) -> tuple[list[Token], Mention] | None:
        # "Global Times, a tabloid run by the People's Daily, said …": the subject opens the sentence.
        phrase = phrase_after(tokens, 0, self.text, self.lexicon, self.verbs)
        if not phrase or phrase[-1] is tokens[i - 1] or not self.text[phrase[-1].end :].startswith(","):
            return None
        if any(t.lower in self.book.verbs for t in tokens[len(phrase) : i]):
            return None
        mention = classify(phrase, self.text, self.lexicon, self.book.outlets)
        return (phrase, mention) if mention is not None and mention.refers is None else None

    def _mention(self, phrase: list[Token], tokens: list[Token]) -> Mention | None:
        phrase = appositive_name(tokens, phrase, self.text, self.lexicon, self.verbs)
        return classify(phrase, self.text, self.lexicon, self.book.outlets)

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
        # ", stressing that …", ", saying that …": the speaker of the clause's main cue goes on.
        if not token.lower.endswith("ing") or not earlier or not self.text[: token.start].rstrip().endswith(","):
            return None
        content = self._after(sentence, tokens, i, verb)
        if content is None:
            return None
        return Found(rule, cue, None, content, self._kind(content), p_index)

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
            return _span(text, sentence.start, len(head) - 1 + sentence.start)  # …, Zakharova said
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
        content = _span(text, start, end)
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

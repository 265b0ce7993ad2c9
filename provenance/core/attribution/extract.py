"""Find attribution cues in each sentence and the source and content that go with them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property, partial

from provenance.core.attribution.according import According, phrase_hits
from provenance.core.attribution.appositive import comma_subject, named_after
from provenance.core.attribution.content import ContentSpans, complement_follows, intends, reports_content, supposed
from provenance.core.attribution.entities import EntityIndex, index_entities
from provenance.core.attribution.found import Found as Found  # re-exported: speakers.py reads it from here
from provenance.core.attribution.found import outer
from provenance.core.attribution.labels import (
    common_label,
    credited,
    labelled,
    signature_shape,
    signed,
    without_lone_turn,
)
from provenance.core.attribution.mention import Mention
from provenance.core.attribution.nesting import unrelayed
from provenance.core.attribution.paragraphs import continued_quote, per_paragraph, title_line
from provenance.core.attribution.participles import fronted, fronted_clause, in_opener, led_in, subject_starts
from provenance.core.attribution.relatives import relative_found
from provenance.core.attribution.sources import (
    phrase_after,
    phrase_before,
    skip_auxiliaries_back,
)
from provenance.core.attribution.subject import manner_adverb, subject_end, verb_group_start
from provenance.core.attribution.subjects import Subjects
from provenance.core.attribution.verbuse import (
    asks_addressee,
    bare_passive,
    headline_passive,
    named_subject,
    noun_context,
    passive_agent,
    unsourced_use,
    verb_use,
)
from provenance.model import AttributionKind, Quotation, Segmentation, Span, SpeakerKind
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import HeadlineDashRule, SpeakerLexiconRule, VerbCue
from provenance.ruleset.terms import lowered
from provenance.text.spans import Near
from provenance.text.tokens import Token, Words, listed, trimmed_span

# Quote-only paragraphs carry on the previous speaker: a convention of news writing, not a rule in YAML.
CONTINUATION_RULE = "builtin.continuation"
_PEOPLE = (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)  # lower-case agents of a passive that can be its source


def _quote_span(quote: Quotation) -> Span:
    return quote.span


class Extractor:
    """Cue finding for one document; holds the rulebook's compiled tables."""

    def __init__(
        self, text: str, seg: Segmentation, book: Rulebook, lexicon: SpeakerLexiconRule, words: Words | None = None
    ) -> None:
        self.text, self.seg, self.book, self.lexicon = text, seg, book, lexicon
        self.words = words if words is not None else Words(text)  # shared with later stages by the pipeline
        self.verbs = book.verb_forms
        self.low = lowered(text)
        self.spans = ContentSpans(text, self.low, seg, book.verbs, lexicon)
        self.relay_rules, self.reporting = book.relay_rule_ids, book.reporting_forms
        self.subject_words = frozenset(lexicon.pronouns) | lexicon.determiners
        self.subjects = Subjects(text, lexicon, book)
        self.multiword = book.multiword
        self.dotted_verbs, self.cue_words = book.dotted_verb_forms, book.cue_words
        self.according = According(text, lexicon, book.outlets, self.spans)
        labels = book.of_type(HeadlineDashRule)
        self.turn_rules = frozenset(r.meta.id for r in labels if r.scope == "paragraph" and r.upper_case)

    def run(self) -> list[Found]:
        """Every attribution in the document, in text order."""
        found: list[Found] = []
        head = self.seg.headline
        paragraphs = self.seg.paragraphs
        quotes_of = per_paragraph(paragraphs, self.seg.quotations, [q.span.start for q in self.seg.quotations])
        sentences_of = per_paragraph(paragraphs, self.seg.sentences, [s.start for s in self.seg.sentences])
        title = head if head is not None else title_line(self.seg, sentences_of)
        if title is not None and (titled := self._layout(title, "headline", 0)):
            found.append(titled)
        for p_index, paragraph in enumerate(paragraphs):
            quotes, sentences = quotes_of[p_index], sentences_of[p_index]
            before = len(found)
            if paragraph != title and (signed := self._layout(paragraph, "paragraph", p_index)):
                found.append(signed)  # the whole paragraph is the labelled speaker's words
                continue
            if letter := self._signed(paragraphs, p_index):
                found.append(letter)  # "John Weinbrecht.": the name signs the letter above it
                continue
            near = Near(quotes, _quote_span)  # a sentence sees its own quotations and one on each side, not all
            for sentence in sentences:
                found.extend(self._sentence(sentence, near.around(sentence.start, sentence.end), p_index))
            # "Dr. Ward stated:" may already have taken this quote-only paragraph as its content.
            taken = found[-1].content if found else None
            if len(found) == before and (content := continued_quote(self.text, paragraph, quotes, taken)):
                cue = Span(quotes[0].span.start, quotes[0].span.start, "")
                found.append(Found(CONTINUATION_RULE, cue, None, content, AttributionKind.CONTINUATION, p_index))
        return without_lone_turn(found, self.turn_rules)

    def _layout(self, block: Span, scope: str, p_index: int) -> Found | None:
        for rule in self.book.of_type(HeadlineDashRule):
            if rule.scope == scope and (hit := labelled(self.text, block, rule, self.lexicon, self.book.outlets)):
                cue, mention, content = hit
                if common_label(self.words.between(mention.start, mention.end), self._common, self.lexicon):
                    continue  # "Tea With the Curate: …": a column title of common words names no one
                return Found(rule.meta.id, cue, mention, content, AttributionKind.INDIRECT, p_index)
        return None

    def _signed(self, paragraphs: Sequence[Span], p_index: int) -> Found | None:
        for rule in self.book.of_type(HeadlineDashRule):
            hit = None
            if rule.scope == "credit":
                hit = credited(self.text, paragraphs, p_index, rule, self.lexicon, self.book.outlets)
            elif rule.scope == "signature" and signature_shape(paragraphs[p_index], rule):
                hit = signed(self.text, paragraphs, p_index, rule, self.lexicon, self.book.outlets, self._common)
            if hit:
                cue, mention, letter = hit
                return Found(rule.meta.id, cue, mention, letter, AttributionKind.DIRECT, p_index)
        return None

    @cached_property
    def _common(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere: common words, whatever their case elsewhere."""
        return frozenset(t.text for t in self.words.tokens if t.text.islower())

    def _sentence(self, sentence: Span, quotes: list[Quotation], p_index: int) -> list[Found]:
        if any(q.span.start <= sentence.start and q.span.end >= sentence.end for q in quotes):
            return []  # a sentence wholly inside a quotation is the speaker's words, not a cue
        tokens = self.words.between(sentence.start, sentence.end)
        # One pass finds every word the cue search needs (verbs, "Says." and first words of multiword forms); the
        # few it marks are sorted out below. It is made again only when the tokens change, which is rare.
        marked = listed(tokens, self.cue_words)
        if dotted := [k for k in marked if tokens[k].lower in self.dotted_verbs]:
            # "…, Lindsey Graham Says.": a short capitalised word keeps its period like "Sen."; a verb does not.
            tokens = tokens.copy()
            for k in dotted:
                tokens[k] = Token(tokens[k].text[:-1], tokens[k].start, tokens[k].end - 1)
            marked = listed(tokens, self.cue_words)
        if firsts := [k for k in marked if tokens[k].lower in self.multiword.by_first]:
            merged = self.multiword.merge(tokens, self.text, firsts)  # "made it clear" is one cue, like "said"
            if merged is not tokens:
                tokens, marked = merged, listed(merged, self.cue_words)
        results: list[Found] = []
        for at, size, phrase_rule in phrase_hits(self.low, sentence, self.book.phrases):
            if not self._in_quote(at, quotes):
                results.extend(self.according.found(sentence, tokens, at, size, phrase_rule, p_index))
        for i in marked:
            token = tokens[i]
            entry = self.book.verbs.get(token.lower)
            if entry is None or self._in_quote(token.start, quotes):
                continue
            verb, rule = entry
            hit = self._verb(sentence, tokens, i, verb, rule.meta.id, quotes, p_index, results)
            if hit is not None and verb.without_complement == "cue" and headline_passive(tokens, i, self.lexicon):
                # "Teenager charged after stabbing": headlines drop "was"; no one charged or said anything.
                head = self.seg.headline
                hit = None if head is not None and head.start <= sentence.start < head.end else hit
            if hit is not None and verb.without_complement != "cue" and not self._reports(hit, tokens, i, verb):
                # "Americans supporting Trump" holds a position and says nothing; "he reads the paper" is no cue.
                hit = replace(hit, position_only=True) if verb.without_complement == "position" else None
            if hit is not None and verb.intention and intends(tokens, i, self.text, self.lexicon, verb.lemma):
                hit = replace(hit, position_only=True)  # "Clinton wanted to shield …": an intention, nobody's words
            if hit is not None and supposed(tokens, i, self.text, self.lexicon):
                hit = replace(hit, position_only=True)  # "as though someone had told me": supposed, not said
            if hit is not None:
                results.append(hit)
        subordinate = bool(tokens) and tokens[0].lower in self.lexicon.subordinators
        ordered = unrelayed(
            sorted(results, key=lambda f: f.cue.start),
            self.relay_rules,
            self.reporting,
            self.subject_words,
            self.text,
            (self.lexicon.relay_breaks, self.lexicon.bare_relay_breaks),
        )
        return outer(ordered, self.spans, self.book.verbs, subordinate)

    @staticmethod
    def _in_quote(offset: int, quotes: list[Quotation]) -> bool:
        return any(q.inner.start <= offset < q.inner.end for q in quotes)

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
        if cue_token.lower == verb.lemma and (i == 0 or tokens[i - 1].lower in lexicon.imperative_openers):
            return None  # "(Read the full document here.)", "Let’s say …": an imperative has no subject
        if i + 1 < len(tokens) and tokens[i + 1].lower in verb.not_before:
            return None  # "Carson appeared on Sunday shows", "he found himself": a sense that reports nothing
        if (agent := passive_agent(tokens, i, text, lexicon)) is not None:
            return self._passive(tokens, i, agent, rule, sentence, p_index)
        if verb.unsourced and unsourced_use(tokens, i, lexicon):
            return self._unsourced(sentence, tokens, i, verb, rule, p_index)
        if bare_passive(tokens, i, text, lexicon):
            return self._passive(tokens, i, None, rule, sentence, p_index, verb)
        if not verb_use(tokens, i, text, lexicon, verb):
            return None
        cue = Span(cue_token.start, cue_token.end, cue_token.text)
        j = subject_end(tokens, i, text, lexicon)
        if (
            j >= 0
            and manner_adverb(tokens[j])
            and not self.subjects.mention(
                phrase_before(tokens, j, text, lexicon, self.verbs) or tokens[j : j + 1], tokens
            )
        ):
            # "Manafort politely suggested", "his critics hysterically denounced": an adverb the lexicon does not
            # list; tried only when the -ly word cannot end the subject itself ("his family said", "a Clinton ally").
            j = subject_end(tokens, j, text, lexicon)
        phrase: list[Token] = []
        if j >= 0 and lexicon.pronouns.get(tokens[j].lower) == "relative":
            return relative_found(self.subjects, self.spans, self.verbs, tokens, (i, j), verb, rule, sentence, p_index)
        if j >= 0 and tokens[j].lower in lexicon.coordinators:
            # "Merrill says Machado promised … and said she would": the verb shares the earlier subject, or
            # with no cue before it ("Cruz exhorted Republicans … and said"), the sentence's subject.
            content = self.spans.after(sentence, tokens, i, verb)
            shared = None if earlier else self.subjects.conjunct_subject(tokens, j)
            if content is None or (not earlier and shared is None):
                return None
            return Found(rule, cue, shared, content, self.spans.kind(content), p_index)
        if j >= 0 and asks_addressee(tokens, j, text, sentence, lexicon):
            return None
        if j >= 0:
            phrase = self.subjects.phrase_ending(tokens, j)
            phrase = self.subjects.before_relative(tokens, phrase, i) or phrase  # "Officials who spoke … said"
        inverted = False
        if not phrase or not (mention := self.subjects.mention(phrase, tokens)):
            # "…,” said Zakharova" and "…, said the ministry": the source follows the cue.
            # "Bush, Florida's former governor, also attacked": auxiliaries may stand between the comma and the cue.
            a = verb_group_start(tokens, i, text, lexicon)
            lead = text[sentence.start : tokens[a].start].rstrip(" \u00a0")
            if cue_token.lower.split(" ")[0].endswith("ing") and a == i:  # "X, speaking …, is criticizing"
                return self._participle(cue, tokens, i, verb, rule, sentence, p_index, earlier)
            # "…,” said Zakharova", and "Said Ellis: “…”" at the head of a sentence.
            closes = any(q.span.end == sentence.start + len(lead) for q in quotes)  # “It's unusual,“ said Noble
            if not (lead.endswith((",", "”", '"', "''")) or closes or i == 0):
                return None
            subject = self._appositive_subject(tokens, a, quotes) if a else None
            if subject is not None:
                phrase, mention = subject
                content = self.spans.content(sentence, phrase, cue_token, verb, quotes, False, tokens, i)
                if content is None:
                    return None
                return Found(rule, cue, mention, content, self.spans.kind(content, quotes), p_index)
            if i + 1 >= len(tokens) or a != i or cue_token.lower in lexicon.addressee_verbs:
                return None  # "…, told NBC": the noun after "told" is whom it was said to
            phrase = phrase_after(tokens, i + 1, text, lexicon, self.verbs)
            mention = self.subjects.mention(phrase, tokens) if phrase else None
            # "…,” said a second nurse, Thandiwe Zulu": a description the lexicon does not know, then the name.
            mention = mention or named_after(phrase, tokens, text, lexicon, self.book.outlets)
            if mention is None:
                return None
            inverted = True
        # "point out" is listed as a verb of its own, so "point" before "out" is no noun ("a turning point").
        particle = i + 1 < len(tokens) and f"{cue_token.lower} {tokens[i + 1].lower}" in self.book.verbs
        # "he notes", "she backs tougher rules": a subject pronoun is never a determiner, so the form is a verb.
        pronoun = len(phrase) == 1 and lexicon.pronouns.get(phrase[0].lower, "relative") != "relative"
        noun_form = cue_token.lower in verb.noun_forms and not particle and not pronoun
        if noun_form and (not named_subject(mention, phrase, inverted) or noun_context(tokens, i, text, lexicon)):
            return None  # "Trump's tax plan", "a private email server": the form is a noun here
        content = self.spans.content(sentence, phrase, cue_token, verb, quotes, inverted, tokens, i)
        if content is None:
            return None
        if not inverted and mention.kind is SpeakerKind.DOCUMENT and in_opener(tokens, phrase, i, lexicon):
            # "In a statement announcing the pick, the Association … called": the document and its participle are
            # an opener; the main clause's subject issued it and speaks.
            clause = fronted_clause(tokens, i, text, content, partial(self._sentence_subject, tokens))
            if clause is None:
                return None
            content, mention = clause
        if not inverted and (publisher := self.subjects.publisher(tokens, phrase, mention)) is not None:
            mention = publisher  # "the New York Times ran a story claiming …": the Times speaks through its story
        return Found(rule, cue, mention, content, self.spans.kind(content, quotes), p_index)

    def _passive(
        self,
        tokens: list[Token],
        i: int,
        agent: int | None,
        rule: str,
        sentence: Span,
        p_index: int,
        verb: VerbCue | None = None,
    ) -> Found | None:
        # "was first reported by The Washington Post": the agent after "by" is the source, what comes before the
        # verb phrase is what it reported; "was criticized for …" names none, so none is inherited either.
        by = agent if agent is not None else (i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower == "by" else None)
        phrase = phrase_after(tokens, by, self.text, self.lexicon, self.verbs) if by is not None else []
        mention = self.subjects.mention(phrase, tokens) if phrase else None
        people = agent is not None or (mention is not None and mention.kind in _PEOPLE)
        if by is not None and (mention is None or (mention.generic and agent is not None) or not people):
            return None  # "attacked by the coalition's aircraft": a lower-case agent that is not people is no speaker
        start = skip_auxiliaries_back(tokens, i, self.lexicon, self.text) + 1
        if start == 0:
            return None
        content: Span | None = trimmed_span(self.text, sentence.start, tokens[start].start)
        if verb is not None and i + 1 < len(tokens) and tokens[i + 1].lower in self.lexicon.complementizers:
            # "Staff were told that the ward would close": the clause after the verb is what was said, and the
            # subject only heard it.
            content = self.spans.after(sentence, tokens, i, verb)
        if content is None:
            return None
        cue = Span(tokens[start].start, tokens[i].end, self.text[tokens[start].start : tokens[i].end])
        found = Found(rule, cue, mention, content, self.spans.kind(content), p_index, unsourced=mention is None)
        return found if content.text else None

    def _unsourced(
        self, sentence: Span, tokens: list[Token], i: int, verb: VerbCue, rule: str, p_index: int
    ) -> Found | None:
        # "Trump is expected to win": the expectation is the content; "Asked whether he would run, Rubio said
        # …": the question, up to the comma before the answer's clause, is.
        start = skip_auxiliaries_back(tokens, i, self.lexicon, self.text) + 1
        content = self.spans.after(sentence, tokens, i, verb)
        if content is None:
            return None
        if start == 0 or all(t.lower in self.lexicon.clause_stops for t in tokens[:start]):
            comma = self.text.find(",", content.start, content.end)
            content = trimmed_span(self.text, content.start, comma) if comma != -1 else content
        cue = Span(tokens[start].start, tokens[i].end, self.text[tokens[start].start : tokens[i].end])
        found = Found(rule, cue, None, content, self.spans.kind(content), p_index, unsourced=True)
        return found if content.text else None

    def _appositive_subject(
        self, tokens: list[Token], i: int, quotes: list[Quotation]
    ) -> tuple[list[Token], Mention] | None:
        # "Global Times, a tabloid …, said": the subject opens the sentence (past a dateline: "JOHANNESBURG - One
        # resident, Mary Otieno, said"), or follows the quotation that opens it ("“…,” Jeff Weaver, …, said"); only
        # a quotation that opens the sentence: "wearing “Ted Cruz” campaign pins" is inside the interrupter.
        ends = [q.span.end for q in quotes if q.span.end <= tokens[i].start and q.span.start <= tokens[0].start]
        first = next((k for k, t in enumerate(tokens) if t.start >= max(ends)), i) if ends else 0
        first = first or min(self.subjects.after_dateline(tokens), i)
        return comma_subject(tokens, i, first, self.text, self.lexicon, self.verbs, self.book.outlets)

    def _participle(
        self,
        cue: Span,
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
        content, mention = self.spans.after(sentence, tokens, i, verb), None
        if content is None:
            return None
        if fronted(tokens, i, self.lexicon):
            # "Noting that both battled the media, Schlafly put …": the main clause after the comma names the speaker.
            clause = fronted_clause(tokens, i, self.text, content, partial(self._sentence_subject, tokens))
            if clause is None:
                return None
            content, mention = clause
        elif not led_in(self.text, tokens, i, self.lexicon):
            return None  # "… by saying", ", saying that …" and `“…,” saying` lead into a participle cue
        elif earlier:
            # "X embraced the idea, warning that …": a position's holder goes on to speak, as any earlier subject does.
            shared = earlier[-1].mention if earlier[-1].position_only else None
            return Found(rule, cue, shared, content, self.spans.kind(content), p_index)
        else:
            starts = subject_starts(self.text, tokens, i, self.lexicon)
            if starts and starts[0] == 0:
                starts[0] = self.subjects.after_dateline(tokens)  # "BRUSSELS — The Commission …, saying"
            mention = next((m for k in starts if (m := self._sentence_subject(tokens, k)) is not None), None)
        return Found(rule, cue, mention, content, self.spans.kind(content), p_index) if mention else None

    def entities(self) -> EntityIndex:
        """Every named person in the document with the role the article gives them, for resolution."""
        return index_entities(self.text, self.seg, self.words, self.lexicon, self.book.outlets)

    def _reports(self, found: Found, tokens: list[Token], i: int, verb: VerbCue) -> bool:
        """Whether a verb that requires a complement has one, or a document subject that speaks by its content."""
        mention = found.mention
        if mention is not None and (mention.refers == "document" or mention.kind is SpeakerKind.DOCUMENT):
            return True  # "the statement reads", "the poll found": a document speaks through what it holds
        if verb.without_complement == "none":
            # "Mexico censured his show": a verb that is no cue without its clause needs the clause word itself.
            return complement_follows(tokens, i, self.lexicon)
        return found.content is not None and reports_content(found.content, found.kind, tokens, i, self.lexicon)

    def _sentence_subject(self, tokens: list[Token], start: int | None = None) -> Mention | None:
        """The named subject opening a sentence, or the clause at token `start`, if the lexicon can read it."""
        return self.subjects.sentence_subject(tokens) if start is None else self.subjects.subject_at(tokens, start)

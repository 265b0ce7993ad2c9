"""Content spans: what a cue attributes, from an adjacent quotation, the clause before it or the clause after."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import cache
from itertools import pairwise

from provenance.model import AttributionKind, Quotation, Segmentation, Span
from provenance.ruleset.rules import AttributionVerbsRule, SpeakerLexiconRule, VerbCue
from provenance.text.spans import Near
from provenance.text.tokens import Token, gap, leading, trimmed_span

# What may stand between a quotation and its cue: “…,” Zakharova said / Zakharova said: “…”
_GAP_BEFORE = re.compile("[ ,\u00a0]*")
_OPENER_WORDS = 12  # words of a prepositional opener before the subject ("In the wake of the New York Times report,")
_GAP_AFTER = re.compile("[ ,:\u00a0]*")
_WORD = re.compile(r"\w+")
_JOINT = re.compile("[,;]")
# Characters of content after a cue, at most: the longest in PolNeAR and PTC is 1,515 (a block quotation, taken whole
# from the next paragraph, which this does not limit); the longest clause after a cue is shorter than this.
MAX_CONTENT = 1_000
_CLAUSE_REACH = 15  # words back from a cue to the word that opens its clause ("as though someone had plausibly told")


@cache
def _clause_breaks(coordinators: frozenset[str]) -> tuple[re.Pattern[str], int]:
    """A comma, or a space before a whole coordinator word ("and", "but"): where a cue's clause may end; and how
    far past a sentence's end the pattern may need to read to judge a break inside it."""
    # Only a coordinator that is one run of word characters can be the whole word after a space.
    words = sorted(re.escape(word) for word in coordinators if _WORD.fullmatch(word))
    reach = 2 + max((len(word) for word in coordinators), default=0)  # the space, the word, the (?!\w)
    return re.compile(rf",| (?=(?:{'|'.join(words)})(?!\w))" if words else ","), reach


class ContentSpans:
    """Finds the content of a cue in one document, and whether it is direct, partial or indirect speech."""

    def __init__(
        self,
        text: str,
        low: str,
        seg: Segmentation,
        verbs: Mapping[str, tuple[VerbCue, AttributionVerbsRule]],
        lexicon: SpeakerLexiconRule,
    ) -> None:
        self.text, self.low, self.seg, self.verbs, self.lexicon = text, low, seg, verbs, lexicon
        self.quotations = Near(seg.quotations, lambda q: q.span)  # kind() looks only near its content
        self._sentence_breaks: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._joints = [m.start() for m in _JOINT.finditer(text)]  # every comma and semicolon, for before_clause

    def content(
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
        # Gaps are matched, not sliced: in a one-paragraph megabyte text a slice per quotation was quadratic.
        for q in quotes:
            if q.span.end <= first and _GAP_BEFORE.fullmatch(text, q.span.end, first):
                return q.inner  # “…,” Zakharova said
            if q.span.start >= last and _GAP_AFTER.fullmatch(text, last, q.span.start):
                return q.inner  # Zakharova said: “…”
        head = text[sentence.start : first].rstrip(" \u00a0")
        # "'''College Bowl,''' he replied": a comma inside quotation marks segmentation did not pair ends the clause.
        bare = head.rstrip("'\"”’")
        if bare.endswith(",") and len(bare) > 1 and not self._opener(bare) and self._cue_ends_clause(sentence, last):
            opened = len(bare) - len(bare.lstrip("'\"“‘"))
            return trimmed_span(text, sentence.start + opened, len(bare) - 1 + sentence.start)  # …, Zakharova said
        return self.after(sentence, tokens, i, verb)

    def _opener(self, head: str) -> bool:
        """Whether the words before the subject's comma are a short prepositional opener ("In a statement,", "On
        Tuesday,"), which sets the scene and reports nothing."""
        words = head[:-1].split()
        lexicon = self.lexicon
        leads = lexicon.participle_leads | lexicon.time_leads | lexicon.postmodifiers
        return 0 < len(words) <= _OPENER_WORDS and "," not in head[:-1] and words[0].lower() in leads

    def _cue_ends_clause(self, sentence: Span, last: int) -> bool:
        # "…, Zakharova said Thursday, a day after …": only a short adverbial follows the cue.
        # The first comma or semicolon after the cue by bisection: a slice to the sentence's end per cue was
        # quadratic in one long sentence.
        joints = self._joints
        at = bisect_left(joints, last)
        cut = joints[at] if at < len(joints) and joints[at] < sentence.end else sentence.end
        return len(leading(self.text, last, cut, 4)) <= 3

    def after(self, sentence: Span, tokens: list[Token], i: int, verb: VerbCue) -> Span | None:
        text = self.text
        first = i + 1  # the words after the cue, by index: a copy of the rest of the sentence per cue was quadratic
        that = next((k for k, t in enumerate(tokens[first : first + 6]) if t.lower == "that"), None)
        start_token = first
        if that is not None and all(not gap(text, t, u).strip() for t, u in pairwise(tokens[first : first + that + 1])):
            start_token = first + that + 1
        elif tokens[i].lower in self.lexicon.addressee_verbs:
            start_token = self._past_addressee(tokens, first)
        if start_token >= len(tokens):
            return self._next_paragraph(sentence, tokens[i])
        start = tokens[start_token].start
        end = self._clause_end(sentence, start)
        if end - start > MAX_CONTENT:
            # Text without sentence breaks (a transcript, a pasted table) would give every cue the rest of it.
            cut = text.rfind(" ", start, start + MAX_CONTENT)
            end = cut if cut > start else start + MAX_CONTENT
        content = trimmed_span(text, start, end)
        return content if content.text else None

    def _past_addressee(self, tokens: list[Token], first: int) -> int:
        """For "told reporters the plan was dead", "told Fox News it would": the index after the addressee when a
        clause with its own subject follows it, else `first`."""
        lx, text = self.lexicon, self.text
        k = first
        if k < len(tokens) and tokens[k].lower in lx.object_pronouns:
            k += 1  # "told him he would"
        elif k < len(tokens) and tokens[k].capitalized:
            while k < len(tokens) and k - first < 4 and tokens[k].capitalized:
                k += 1  # "told Fox News", "told NBC"
        else:
            k += tokens[k].lower in lx.determiners if k < len(tokens) else 0
            if k >= len(tokens) or not (tokens[k].text.islower() and tokens[k].lower.endswith("s")):
                return first  # "told the story of …": no plural addressee ("reporters", "the committee members")
            k += 1
        if k == first or k >= len(tokens) or any(gap(text, tokens[j], tokens[j + 1]).strip() for j in range(first, k)):
            return first
        opener = tokens[k]
        subject = opener.lower in lx.determiners or opener.capitalized
        subject = subject or lx.pronouns.get(opener.lower, "relative") != "relative"
        return k if subject and opener.lower not in lx.clause_stops else first

    def _next_paragraph(self, sentence: Span, cue: Token) -> Span | None:
        # "Dr. Ward stated:" closing its paragraph: what was stated is the next paragraph (often a block quotation).
        if self.text[cue.end : sentence.end].strip(" \u00a0") != ":":
            return None
        after = next((p for p in self.seg.paragraphs if p.start >= sentence.end), None)
        if after is None or self.text[sentence.end : after.start].strip():
            return None
        inner = [q.inner for q in self.seg.quotations if after.start <= q.span.start and q.span.end <= after.end]
        if not inner or self.text[inner[-1].end : after.end].strip(" \u00a0.”\"'"):
            return trimmed_span(self.text, after.start, after.end)  # not a block quotation: the whole paragraph
        return trimmed_span(self.text, inner[0].start, inner[-1].end)

    def _clause_end(self, sentence: Span, start: int) -> int:
        # Stop before a following participle cue (", saying that") so it gets its own content, and before a
        # coordinated cue ("congratulated her and praised her effort"), which shares the subject but says more.
        commas, spaces = self._breaks(min(start, sentence.start), sentence.end)
        # The first break at or after `start` (a coordinator's space strictly after it), by bisection: a pass over
        # the breaks per cue was quadratic in one long sentence.
        at = min(commas[bisect_left(commas, start) :][:1] + spaces[bisect_right(spaces, start) :][:1], default=None)
        if at is not None:
            return at
        end = sentence.end
        while end > start and self.text[end - 1] in ".!?\u00a0 ":
            end -= 1
        return end

    def _breaks(self, first: int, end: int) -> tuple[list[int], list[int]]:
        """Where a cue's clause may end in text[first:end] (a sentence): commas before a participle cue, and spaces
        before a coordinator and a coordinated cue; found once per sentence."""
        key = (first, end)
        known = self._sentence_breaks.get(key)
        if known is not None:
            return known
        commas: list[int] = []
        spaces: list[int] = []
        coordinators = self.lexicon.coordinators
        breaks, reach = _clause_breaks(coordinators)
        # Lower-casing keeps commas and spaces where they are, and the lookahead reads past the sentence's end (by
        # at most `reach`) as the word test it replaces did, so the candidates are found by the regex engine.
        for found in breaks.finditer(self.low, first, end + reach):
            k = found.start()
            if k >= end:
                break
            if self.text[k] == ",":
                nxt = leading(self.text, k + 1, min(end, k + 40), 1)
                if nxt and nxt[0].lower in self.verbs and nxt[0].lower.endswith("ing"):
                    commas.append(k)
            else:
                two = leading(self.text, k + 1, min(end, k + 40), 2)
                if len(two) == 2 and two[0].lower in coordinators and self._coordinated_cue(two[1]):
                    spaces.append(k)
        self._sentence_breaks[key] = commas, spaces
        return commas, spaces

    def _coordinated_cue(self, token: Token) -> bool:
        # A finite form only: "and saying" is a participle, "and support" more often a noun than a verb.
        entry = self.verbs.get(token.lower)
        return entry is not None and token.lower.endswith(("ed", "s")) and token.lower not in entry[0].noun_forms

    def before_clause(self, content: Span, subject: int, bare: bool = False) -> Span | None:
        """The content cut before a clause with a subject of its own ("…, but ultimately Prager thinks"), if one
        opens between the content's start and that subject; with `bare`, a comma alone may end the content."""
        # A coordinated clause with its own subject and cue ("X admits A, but Y thinks B") is a second attribution;
        # the first content ends at the comma. Only a few words (adverbs: "ultimately", "now") may precede the
        # subject, and none of them a cue, so a list ("A, and B said") is not cut.
        text = self.text
        if not content.start < subject < content.end:
            return None
        # The last comma or semicolon before the subject, by bisection (a step per character was slow on text with
        # no punctuation); five words are enough to judge what lies between it and the subject.
        joints = self._joints
        at = bisect_left(joints, subject) - 1
        for k in joints[at : at + 1] if at >= 0 and joints[at] > content.start else ():
            between = leading(text, k + 1, subject, 5)
            joined = text[k] == ";" or (bool(between) and between[0].lower in self.lexicon.clause_joins)
            if not (joined or bare):
                return None
            rest = between[1:] if text[k] == "," and joined else between
            if len(rest) > 3 or any(t.lower in self.verbs for t in rest):
                return None
            cut = trimmed_span(text, content.start, k)
            # A bare comma after a few words ("even on Friday morning,") more often closes an adverbial than a clause.
            short = bare and not joined and len(leading(text, cut.start, cut.end, 4)) < 4
            return cut if cut.text and not short else None
        return None

    def kind(self, content: Span, quotes: list[Quotation] | None = None) -> AttributionKind:
        pool = quotes if quotes is not None else self.quotations.around(content.start, content.end + 1)
        for q in pool:
            if q.inner.start == content.start and q.inner.end == content.end:
                return AttributionKind.DIRECT
            if content.start <= q.span.start and q.span.end <= content.end + 1:
                return AttributionKind.PARTIAL
        return AttributionKind.INDIRECT


def complement_follows(tokens: list[Token], i: int, lexicon: SpeakerLexiconRule) -> bool:
    """Whether a clause opens right after tokens[i] ("Photos showed that …", "the results show how …")."""
    # A document verb ("shows") after a subject that is no document noun is a cue by what follows, not by a list
    # of subjects: a complement clause is reported content; an object is not ("Clinton showed her record").
    # (An adjacent quotation, "“I am still Sanders,” it read", was tried too: on PolNeAR train it added more false
    # alarms than cues.)
    return i + 1 < len(tokens) and tokens[i + 1].lower in lexicon.complementizers


def intends(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule, lemma: str) -> bool:
    """Whether a to-infinitive follows tokens[i] straight away, with no object between ("urged Trump to stop"), and
    the verb narrates an intention rather than states a position: past ("wanted to shield", "sought to detain") or
    after a modal ("will seek to engage"). "Trump wants to build a wall" is a position he holds and states."""
    cue = tokens[i].lower
    present = cue == lemma or cue.endswith("s")
    if present and not (i and tokens[i - 1].lower in lexicon.modals):
        return False
    k = i + 1
    if k >= len(tokens) or tokens[k].lower not in lexicon.infinitives or gap(text, tokens[i], tokens[k]).strip():
        return False
    return not gap(text, tokens[k], tokens[k + 1]).strip() if _verb_at(tokens, k + 1, lexicon) else False


def supposed(tokens: list[Token], i: int, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the cue at tokens[i] stands in a clause opened by a conditional or counterfactual word ("as though
    someone had told me", "if the report says") with no punctuation between: supposed, not said."""
    for k in range(i - 1, max(-1, i - 1 - _CLAUSE_REACH), -1):  # a bounded look back: a clause opener is near
        for size in (2, 1):
            if k - size + 1 >= 0 and " ".join(t.lower for t in tokens[k - size + 1 : k + 1]) in lexicon.hypothetical:
                return True
        if k and gap(text, tokens[k - 1], tokens[k]).strip():
            return False
    return False


def reports_content(
    content: Span, kind: AttributionKind, tokens: list[Token], i: int, lexicon: SpeakerLexiconRule
) -> bool:
    """Whether a cue at tokens[i] has reported content, not an object alone ("supporting Trump", "called a meeting")."""
    # Content is a quotation, the clause the cue closes ("…, Trump believes."), a complement clause ("believes
    # that", "told reporters that", "believe bigotry is acceptable"), an infinitive ("wants to triple", "called on
    # Trump to stop"), an as-predicate ("sees the deal as a trap") or a predicate noun ("called Trump a liar").
    # A multiword cue holds its own ("call for").
    if kind is not AttributionKind.INDIRECT or content.end <= tokens[i].start or " " in tokens[i].lower:
        return True
    if complement_follows(tokens, i, lexicon):
        return True
    words = 0
    for k in range(i + 1, len(tokens)):  # stops at the content's end: a megabyte sentence is not read to its end
        token, previous = tokens[k], tokens[k - 1]
        if token.end > content.end:
            break
        if token.start < content.start:
            continue
        low = token.lower
        if previous.end <= content.start and previous.lower in lexicon.complementizers:
            return True  # "told reporters that …": the clause opens after an addressee
        infinitive = low in lexicon.infinitives and words < 4 and _verb_at(tokens, k + 1, lexicon)
        if infinitive or low in lexicon.predicatives:
            return True
        timed = k + 1 < len(tokens) and tokens[k + 1].lower in lexicon.time_words  # "the bill a year ago"
        if 0 < words < 4 and low in lexicon.predicate_articles and not timed:
            return True  # "called Trump a liar": an object, then what the subject calls it
        if words and low in lexicon.finite_auxiliaries:
            return True  # "believe bigotry is acceptable": a clause with its own subject and verb
        if low in lexicon.clause_stops:
            return False  # "support the bill that would …": what follows belongs to the object
        words += 1
    return False


def _verb_at(tokens: list[Token], k: int, lexicon: SpeakerLexiconRule) -> bool:
    """Whether tokens[k], after an infinitive marker, can be a verb: "to stop" yes, "to the crowd", "to Trump" no."""
    if k >= len(tokens):
        return False
    word = tokens[k]
    # A base form takes no -s: "to requests for comment", "to questions" are a preposition and its plural noun
    # ("to discuss", "to focus" keep theirs).
    plural = word.lower.endswith("s") and not word.lower.endswith(("ss", "us", "is", "as"))
    return word.text.islower() and word.text.isalpha() and word.lower not in lexicon.determiners and not plural
